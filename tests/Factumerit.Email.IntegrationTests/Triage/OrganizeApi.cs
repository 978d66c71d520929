using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Factumerit.Email.IntegrationTests.Assistant;

namespace Factumerit.Email.IntegrationTests.Triage;

/// <summary>Organize Inbox through the host's API, as the CLI and a user would drive it.</summary>
internal static class OrganizeApi
{
    public static async Task<string> StartAsync(AssistantHarness harness)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/triage/organize?mailbox={Uri.EscapeDataString(harness.Mailbox)}");
        request.Headers.Add("x-api-key", AssistantHarness.AdminKey);
        using var response = await harness.Http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"Starting Organize Inbox answered {(int)response.StatusCode}.");
        }
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["run_id"]!.GetValue<string>();
    }

    /// <summary>Waits for the run to finish; gives up only when no page has completed for <paramref name="stall"/>.</summary>
    public static async Task<JsonNode> WaitAsync(AssistantHarness harness, string runId, TimeSpan stall)
    {
        var progress = -1;
        var deadline = DateTime.UtcNow + stall;
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/triage/organize/{runId}");
            request.Headers.Add("x-api-key", AssistantHarness.AdminKey);
            using var response = await harness.Http.SendAsync(request);
            var run = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            if (run["status"]?.GetValue<string>() is "completed" or "failed")
            {
                return run;
            }
            var done = run["pages_done"]?.GetValue<int>() ?? 0;
            if (done != progress)
            {
                (progress, deadline) = (done, DateTime.UtcNow + stall);
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Organize run {runId} made no progress for {stall} (at page {done}).");
            }
            await Task.Delay(200);
        }
    }
}

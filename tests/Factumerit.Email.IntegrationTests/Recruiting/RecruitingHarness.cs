using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Functions.Functions.Recruiting;
using Factumerit.Email.IntegrationTests.Assistant;
using Factumerit.Email.IntegrationTests.Fakes.Llm;
using Factumerit.Email.IntegrationTests.Hosting.Standalone;
using Factumerit.Email.IntegrationTests.Infrastructure;

namespace Factumerit.Email.IntegrationTests.Recruiting;

/// <summary>
/// The assistant's world (Gmail and LLM fakes, Azurite, the real host) with the recruiting-sync queue function
/// running, a mailbox connected with recruiting on, and the operator API driven with the admin key.
/// </summary>
internal sealed class RecruitingHarness : IAsyncDisposable
{
    public const string RecruiterAddress = "jane@talentbridge.example";

    private RecruitingHarness(AssistantHarness assistant) => Assistant = assistant;

    public AssistantHarness Assistant { get; }

    public string Mailbox => Assistant.Mailbox;

    public FakeLlmServer Llm => Assistant.Llm;

    public static async Task<RecruitingHarness> StartAsync(AzuriteFixture azurite, bool recruiting = true)
    {
        var assistant = await AssistantHarness.StartAsync(azurite, s =>
        {
            // The fake's search has no newer_than:; the inbox is the bounded listing here, two messages a page.
            s["Recruiting:SyncQuery"] = "in:inbox";
            s["Recruiting:PageSize"] = "2";
        }, alsoRunning: [RecruitingFunctions.Sync]);
        await assistant.ConnectAsync(new MailboxSettings { RecruitingEnabled = recruiting });
        return new RecruitingHarness(assistant);
    }

    /// <summary>Stage-signal calls answer <paramref name="signal"/>; lead extraction answers <paramref name="lead"/>.</summary>
    public void Answer(Func<FakeChatReply>? signal = null, Func<FakeChatReply>? lead = null) =>
        Llm.Responder = request => IsSignalCall(request)
            ? (signal ?? (() => FakeChatReply.Text("""{"signal":"neutral"}""")))()
            : (lead ?? (() => FakeChatReply.Text("""{"company":null,"title":null}""")))();

    public static bool IsSignalCall(FakeChatRequest request) => request.SystemPrompt.Contains("Label it with exactly one of", StringComparison.Ordinal);

    public async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("x-api-key", AssistantHarness.AdminKey);
        using var response = await Assistant.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{method} {path}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<string> TrackCompanyAsync(string name, string domain, string stage = "applied") =>
        (await SendAsync(HttpMethod.Post, "/api/recruiting/companies", new { mailbox = Mailbox, name, domain, stage }, HttpStatusCode.Created))
        .GetProperty("id").GetString()!;

    public async Task<string> TrackContactAsync(string email, string? companyId, string stage = "applied") =>
        (await SendAsync(HttpMethod.Post, "/api/recruiting/contacts", new { mailbox = Mailbox, email, company_id = companyId, stage }, HttpStatusCode.Created))
        .GetProperty("id").GetString()!;

    public async Task<string> StartSyncAsync() =>
        (await SendAsync(HttpMethod.Post, $"/api/recruiting/sync?mailbox={Uri.EscapeDataString(Mailbox)}", expected: HttpStatusCode.Accepted))
        .GetProperty("task_id").GetString()!;

    public async Task<JsonElement> WaitForTaskAsync(string id)
    {
        JsonElement task = default;
        await ListenerHarness.EventuallyAsync(async () =>
            (task = await SendAsync(HttpMethod.Get, $"/api/tasks/{id}")).GetProperty("status").GetString() is "completed" or "failed",
            $"recruiting task {id} to finish");
        return task;
    }

    public async Task<JsonElement> SyncAsync() => await WaitForTaskAsync(await StartSyncAsync());

    public void SeedFrom(string from, string subject, string body) => Assistant.SeedInbound(subject, body, from);

    public ValueTask DisposeAsync() => Assistant.DisposeAsync();
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Gmail;
using Factumerit.Email.Functions.Functions.Triage;
using Factumerit.Email.IntegrationTests.Assistant;
using Factumerit.Email.IntegrationTests.Fakes.Gmail;
using Factumerit.Email.IntegrationTests.Fakes.Llm;
using Factumerit.Email.IntegrationTests.Hosting.Standalone;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Storage.Stores.Triage;
using Factumerit.Email.Triage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Factumerit.Email.IntegrationTests.Triage;

/// <summary>Organize Inbox through the real host: the API starts it, the queue worker pages over the Inbox, the API reports progress.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class OrganizeInboxTests(AzuriteFixture azurite)
{
    private const int Threads = 25;

    [Fact]
    public async Task A_25_thread_inbox_is_organized_in_3_pages_of_10_with_correct_counts()
    {
        var (harness, _) = await StartAsync();
        await using var _h = harness;
        var seeded = Seed(harness);
        using var gate = new ManualResetEventSlim(false);
        Script(harness, seeded, gate);

        var first = await StartRunAsync(harness);
        var second = await StartRunAsync(harness);
        gate.Set();

        Assert.Equal((first.Id, false, true), (second.Id, first.AlreadyRunning, second.AlreadyRunning));
        var run = await WaitForRunAsync(harness, first.Id);
        Assert.Equal(("completed", 3, 3), (run["status"]!.GetValue<string>(), run["pages_done"]!.GetValue<int>(), run["pages_total"]!.GetValue<int>()));
        AssertCounts(run);
        Assert.Equal(Threads, harness.Llm.Requests.Count);
        AssertInboxOrganized(harness, seeded);
        var third = await StartRunAsync(harness);
        Assert.NotEqual(first.Id, third.Id);
    }

    [Fact]
    public async Task A_page_that_fails_midway_is_resumed_and_each_thread_is_triaged_once()
    {
        FailOnceTriageStore? failing = null;
        IReadOnlyList<FakeGmailMessageView> seeded = [];
        var (harness, _) = await StartAsync(services =>
        {
            services.RemoveAll<ITriageStore>();
            services.AddSingleton<ITriageStore>(sp => failing = new FailOnceTriageStore(sp.GetRequiredService<TriageTableStore>(),
                // The 15th thread listed (newest first): the middle of page 2. Read when asked: the host may build the
                // store before the inbox is seeded.
                () => seeded[Threads - 15].ThreadId));
        });
        await using var _h = harness;
        seeded = Seed(harness);
        using var gate = new ManualResetEventSlim(true);
        Script(harness, seeded, gate);

        var start = await StartRunAsync(harness);

        var run = await WaitForRunAsync(harness, start.Id);
        Assert.True(failing!.Failed);
        Assert.Equal(("completed", 3), (run["status"]!.GetValue<string>(), run["pages_done"]!.GetValue<int>()));
        AssertCounts(run);
        // The failure came before the thread's model call: one call per thread, none repeated.
        Assert.Equal(Threads, harness.Llm.Requests.Count);
        var subjects = harness.Llm.Requests.Select(r => seeded.Single(m => r.UserContent.Contains(m.Subject!, StringComparison.Ordinal)).Subject);
        Assert.Equal(Threads, subjects.Distinct().Count());
        AssertInboxOrganized(harness, seeded);
    }

    private async Task<(AssistantHarness, ShiftedClock)> StartAsync(Action<IServiceCollection>? services = null) =>
        await TriageHarness.StartAsync(azurite, [TriageOrganizeFunctions.Worker],
            settings => settings["Triage:Organize:PageSize"] = "10", services);

    /// <summary>Every fifth thread answered INBOX, every fifth unsure (Review), the rest to a topic: 15 moved, 5 kept, 5 review.</summary>
    private static IReadOnlyList<FakeGmailMessageView> Seed(AssistantHarness harness) =>
        [.. Enumerable.Range(0, Threads).Select(i => harness.SeedInbound($"Update number {i:D2} from the team", $"Notes for item {i}.",
            $"Sender {i} <news{i}@sender{i}.example>"))];

    private static void Script(AssistantHarness harness, IReadOnlyList<FakeGmailMessageView> seeded, ManualResetEventSlim gate) =>
        harness.Llm.Responder = request =>
        {
            gate.Wait(TimeSpan.FromSeconds(60));
            var i = seeded.Select((m, n) => (m, n)).Single(x => request.UserContent.Contains(x.m.Subject!, StringComparison.Ordinal)).n;
            var answer = (i % 5) switch
            {
                0 => TriageHarness.TriageAnswerJson(Categories.Fyi, TriageFolders.Inbox, 0.9),
                1 => TriageHarness.TriageAnswerJson(Categories.Fyi, TriageFolders.Invoices, 0.4),
                2 => TriageHarness.TriageAnswerJson(Categories.Fyi, TriageFolders.Feed, 0.9),
                3 => TriageHarness.TriageAnswerJson(Categories.Fyi, TriageFolders.Promotions, 0.9),
                _ => TriageHarness.TriageAnswerJson(Categories.Fyi, TriageFolders.Admin, 0.9),
            };
            return FakeChatReply.Text(answer, promptTokens: 500, completionTokens: 80);
        };

    private static void AssertCounts(JsonNode run) =>
        Assert.Equal((25, 15, 5, 5, 0, 0), (run["threads_seen"]!.GetValue<int>(), run["threads_moved"]!.GetValue<int>(),
            run["threads_kept"]!.GetValue<int>(), run["threads_review"]!.GetValue<int>(), run["threads_skipped"]!.GetValue<int>(),
            run["errors"]!.GetValue<int>()));

    private static void AssertInboxOrganized(AssistantHarness harness, IReadOnlyList<FakeGmailMessageView> seeded)
    {
        var inInbox = seeded.Where(m => harness.Gmail.GetMessage(harness.Mailbox, m.Id)!.LabelIds.Contains(GmailSystemLabels.Inbox))
            .Select(m => seeded.ToList().IndexOf(m)).ToList();
        Assert.Equal([0, 5, 10, 15, 20], inInbox);
    }

    private static async Task<(string Id, bool AlreadyRunning)> StartRunAsync(AssistantHarness harness)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/triage/organize?mailbox={Uri.EscapeDataString(harness.Mailbox)}");
        request.Headers.Add("x-api-key", AssistantHarness.AdminKey);
        using var response = await harness.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return (body["run_id"]!.GetValue<string>(), body["already_running"]!.GetValue<bool>());
    }

    private static async Task<JsonNode> WaitForRunAsync(AssistantHarness harness, string id)
    {
        JsonNode? run = null;
        await ListenerHarness.EventuallyAsync(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/triage/organize/{id}");
            request.Headers.Add("x-api-key", AssistantHarness.AdminKey);
            using var response = await harness.Http.SendAsync(request);
            run = await response.Content.ReadFromJsonAsync<JsonObject>();
            return run?["status"]?.GetValue<string>() is "completed" or "failed";
        }, $"organize run {id} to finish");
        return run!;
    }
}

using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Functions.Functions.Scheduling;
using Factumerit.Email.Functions.Functions.Triage;
using Factumerit.Email.IntegrationTests.Assistant;
using Factumerit.Email.IntegrationTests.Fakes.Llm;
using Factumerit.Email.IntegrationTests.Hosting.Standalone;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Storage.Connection;
using Factumerit.Email.Storage.Stores.Assistant;
using Factumerit.Email.Storage.Stores.Triage;
using Factumerit.Email.Storage.Tables;
using Factumerit.Email.Triage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.IntegrationTests.Triage;

/// <summary>
/// The assistant's end-to-end world with triage on for the mailbox: the real host also runs the scheduler's timers
/// function (on the test's queue and table) and triage's label-change function, on a clock the test can move forward.
/// </summary>
internal static class TriageHarness
{
    public static async Task<(AssistantHarness Harness, ShiftedClock Clock)> StartAsync(AzuriteFixture azurite,
        IReadOnlyList<string>? alsoRunning = null, Action<Dictionary<string, string?>>? configure = null, Action<IServiceCollection>? services = null,
        MailboxSettings? mailbox = null)
    {
        var clock = new ShiftedClock();
        string[] running = [SchedulingFunctions.TimersFunctionName, TriageFunctions.LabelChange, .. alsoRunning ?? []];
        var harness = await AssistantHarness.StartAsync(azurite, settings =>
        {
            settings["Scheduler:QueueName"] = settings["Assistant:Storage:QueuePrefix"] + "timers";
            settings["Scheduler:TableName"] = AzuriteFixture.UniqueName("sched");
            settings["Scheduler:SweepGrace"] = "00:00:00";
            configure?.Invoke(settings);
        }, collection =>
        {
            collection.AddSingleton<TimeProvider>(clock);
            services?.Invoke(collection);
        }, running);
        await harness.ConnectAsync(mailbox ?? new MailboxSettings { TriageEnabled = true });
        return (harness, clock);
    }

    /// <summary>The host's triage table, read by the test's own store.</summary>
    public static TriageTableStore TriageStore(this AssistantHarness harness, AzuriteFixture azurite) =>
        new(new TableServiceClient(StorageConnection.Parse(azurite.ConnectionString)),
            Options.Create(new AssistantStorageOptions { TablePrefix = harness.TablePrefix }));

    /// <summary>The classification answer with triage's object, as the one shared call returns it.</summary>
    public static void AnswerTriage(this AssistantHarness harness, string category, string folder, double confidence,
        string tags = "", int? autoDeleteMinutes = null, string? snoozeUntil = null)
    {
        var answer = TriageAnswerJson(category, folder, confidence, tags, autoDeleteMinutes, snoozeUntil);
        harness.Llm.Responder = _ => FakeChatReply.Text(answer, promptTokens: 500, completionTokens: 80);
    }

    /// <summary>The JSON of a classification answer carrying triage's object.</summary>
    /// <param name="snoozeUntil">The date the model extracted (a shipping mail's delivery day), as it writes it.</param>
    public static string TriageAnswerJson(string category, string folder, double confidence, string tags = "", int? autoDeleteMinutes = null,
        string? snoozeUntil = null)
    {
        var triage = new System.Text.Json.Nodes.JsonObject
        {
            ["folder"] = folder,
            ["tags"] = new System.Text.Json.Nodes.JsonArray([.. tags.Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(t => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(t))]),
            ["confidence"] = confidence,
            ["snoozeUntil"] = snoozeUntil,
            ["autoDeleteMinutes"] = autoDeleteMinutes,
            ["patternAgreed"] = true,
            ["reasoning"] = "triage test answer",
        };
        return new System.Text.Json.Nodes.JsonObject
        {
            ["category"] = category,
            ["confidence"] = "high",
            ["reasoning"] = "test answer",
            ["detected_language"] = "en",
            ["resolved_style"] = "business",
            ["triage"] = triage,
        }.ToJsonString();
    }

    public static async Task<TriageLogEntry> WaitForTriageAsync(this AssistantHarness harness, AzuriteFixture azurite, string messageId)
    {
        var store = harness.TriageStore(azurite);
        TriageLogEntry? entry = null;
        await ListenerHarness.EventuallyAsync(async () =>
            (entry = (await store.ListLogAsync(harness.Mailbox, 100)).FirstOrDefault(e => e.MessageId == messageId)) is not null,
            $"message {messageId} to be triaged");
        return entry!;
    }

    /// <summary>Every label on any message of the thread: what Gmail's thread list shows.</summary>
    public static IReadOnlySet<string> ThreadLabels(this AssistantHarness harness, string threadId) =>
        harness.Gmail.GetThread(harness.Mailbox, threadId).SelectMany(m => m.LabelIds).ToHashSet(StringComparer.Ordinal);
}

using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Storage.Connection;
using Factumerit.Email.Storage.Stores.Assistant;
using Factumerit.Email.Storage.Stores.Triage;
using Factumerit.Email.Storage.Tables;
using Factumerit.Email.Triage;
using Factumerit.Email.Triage.Decisions;
using Factumerit.Email.Triage.Learning;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.IntegrationTests.Triage;

/// <summary>Triage's table store against Azurite: every row kind round-trips and reads back in the order callers rely on.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TriageTableStoreTests(AzuriteFixture azurite)
{
    private const string Mailbox = "owner@home.example";
    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private TriageTableStore Store() => new(new TableServiceClient(StorageConnection.Parse(azurite.ConnectionString)),
        Options.Create(new AssistantStorageOptions { TablePrefix = AzuriteFixture.UniqueName("t") }));

    [Fact]
    public async Task Log_rows_keep_every_field_and_list_newest_first()
    {
        var store = Store();
        var decision = new TriageDecision(TriageFolders.Review, TriageFolders.Invoices, 0.55, TriageSources.Llm, "looks like a receipt",
            TriageFolders.Invoices, 0.6, ["invoice", "payment"], TriageFolders.Invoices, 0.55, true, T0.AddDays(2), 15);
        await store.LogAsync(new TriageLogEntry(Mailbox, "m1", "t1", T0, decision));
        await store.LogAsync(new TriageLogEntry(Mailbox, "m2", "t2", T0.AddMinutes(5), decision with { FinalFolder = TriageFolders.Feed }));
        await store.LogAsync(new TriageLogEntry("other@home.example", "m3", "t3", T0, decision));

        var log = await store.ListLogAsync(Mailbox, 10);

        Assert.Equal(["m2", "m1"], log.Select(e => e.MessageId));
        var first = log[1];
        Assert.Equal(("t1", T0), (first.ThreadId, first.At));
        Assert.Equal(decision.Tags, first.Decision.Tags);
        Assert.Equal(decision with { Tags = first.Decision.Tags }, first.Decision);
        Assert.Single(await store.ListLogAsync(Mailbox, 1));
    }

    [Fact]
    public async Task Threads_round_trip_with_the_manual_move_time_and_list_by_folder()
    {
        var store = Store();
        var thread = new TriagedThread
        {
            Mailbox = Mailbox, ThreadId = "t1", MessageId = "m1", FromDomain = "shop.example", Subject = "Your receipt",
            SuggestedFolder = TriageFolders.Invoices, FinalFolder = TriageFolders.Review, Confidence = 0.5, Reasoning = "unsure",
            Source = TriageSources.Llm, TriagedAt = T0,
        };
        await store.SaveThreadAsync(thread);
        await store.SaveThreadAsync(thread with { ThreadId = "t2", FinalFolder = TriageFolders.Feed });
        Assert.Equal(thread, await store.GetThreadAsync(Mailbox, "t1"));

        await store.SaveThreadAsync(thread with { ManualMoveAt = T0.AddHours(1), Reviewed = true });

        var read = await store.GetThreadAsync(Mailbox, "t1");
        Assert.Equal((T0.AddHours(1), true), (read!.ManualMoveAt, read.Reviewed));
        Assert.Null(await store.GetThreadAsync(Mailbox, "missing"));
        Assert.Equal(["t1"], (await store.ListThreadsAsync(Mailbox, TriageFolders.Review)).Select(t => t.ThreadId));
    }

    [Fact]
    public async Task Examples_list_newest_first_and_rules_round_trip()
    {
        var store = Store();
        for (var i = 0; i < 3; i++)
        {
            await store.AddExampleAsync(new TrainingExample(Mailbox, $"t{i}", "shop.example", $"s{i}", TriageFolders.Inbox, TriageFolders.Promotions,
                true, TrainingSources.ManualMove, T0.AddMinutes(i)));
        }

        var examples = await store.ListExamplesAsync(Mailbox, 2);

        Assert.Equal(["t2", "t1"], examples.Select(e => e.ThreadId));
        Assert.Equal((TriageFolders.Inbox, TriageFolders.Promotions, true, TrainingSources.ManualMove),
            (examples[0].AiSuggestion, examples[0].UserChoice, examples[0].WasCorrection, examples[0].Source));
        var rule = new SenderRule(Mailbox, "shop.example", TriageFolders.Promotions, 5, 0.9, true, T0);
        await store.SaveRuleAsync(rule);
        Assert.Equal(rule, await store.GetRuleAsync(Mailbox, "shop.example"));
        Assert.Null(await store.GetRuleAsync(Mailbox, "other.example"));
    }
}

using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Gmail;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.IntegrationTests.Assistant;
using Factumerit.Email.IntegrationTests.Fakes.Gmail;
using Factumerit.Email.IntegrationTests.Hosting.Standalone;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Triage;
using Factumerit.Email.Triage.Decisions;
using Factumerit.Email.Triage.Learning;

namespace Factumerit.Email.IntegrationTests.Triage;

/// <summary>Learning from the user's moves in Gmail, and the conflicts, through the real host: push → sync → label changes → rules.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TriageLearningTests(AzuriteFixture azurite)
{
    private static readonly Dictionary<string, string> Newsletter = new() { ["List-Unsubscribe"] = "<https://deals.example/u>" };

    private static FakeGmailMessageView SeedDeal(AssistantHarness harness, int n) =>
        harness.SeedInbound($"Deals of the week #{n}", "This week's offers. Unsubscribe any time.", "Deals <news@deals.example>", Newsletter);

    private static async Task<IReadOnlyList<FakeGmailMessageView>> TriagedAsync(AssistantHarness harness, AzuriteFixture azurite,
        params FakeGmailMessageView[] mails)
    {
        await harness.PushAsync();
        foreach (var mail in mails)
        {
            await harness.WaitForTriageAsync(azurite, mail.Id);
        }
        return mails;
    }

    [Fact]
    public async Task Three_moves_create_a_sender_rule_and_after_the_fifth_the_domain_is_filed_without_the_llm()
    {
        var (harness, _) = await TriageHarness.StartAsync(azurite);
        await using var _h = harness;
        harness.AnswerTriage(Categories.Fyi, TriageFolders.Feed, 0.92, "newsletter");
        var mails = await TriagedAsync(harness, azurite, [.. Enumerable.Range(1, 5).Select(n => SeedDeal(harness, n))]);
        var store = harness.TriageStore(azurite);

        foreach (var mail in mails.Take(3))
        {
            await harness.MoveAsync(mail.ThreadId, TriageFolders.Feed, TriageFolders.Promotions);
        }
        await harness.SyncAsync();

        var examples = await harness.WaitForExamplesAsync(azurite, 3);
        Assert.All(examples, e => Assert.Equal((TriageFolders.Feed, TriageFolders.Promotions, true, TrainingSources.ManualMove, "deals.example"),
            (e.AiSuggestion, e.UserChoice, e.WasCorrection, e.Source, e.FromDomain)));
        Assert.Equal((3, false), await RuleAsync());

        foreach (var mail in mails.Skip(3))
        {
            await harness.MoveAsync(mail.ThreadId, TriageFolders.Feed, TriageFolders.Promotions);
        }
        await harness.SyncAsync();
        await harness.WaitForExamplesAsync(azurite, 5);
        Assert.Equal((5, true), await RuleAsync());

        var calls = harness.Llm.Requests.Count;
        var next = SeedDeal(harness, 6);
        await harness.PushAsync();

        var entry = await harness.WaitForTriageAsync(azurite, next.Id);
        Assert.Equal((TriageFolders.Promotions, TriageSources.SenderRule), (entry.Decision.FinalFolder, entry.Decision.Source));
        var labels = await harness.WaitForLabelAsync(next.Id, TriageFolders.Promotions);
        Assert.DoesNotContain(GmailSystemLabels.Inbox, labels.LabelIds);
        Assert.Equal(calls, harness.Llm.Requests.Count);

        async Task<(int, bool)> RuleAsync() =>
            await store.GetRuleAsync(harness.Mailbox, "deals.example") is { } rule ? (rule.CorrectionCount, rule.AutoApply) : (0, false);
    }

    [Fact]
    public async Task A_thread_moved_by_hand_keeps_the_users_folder_for_a_day_and_is_triaged_again_after()
    {
        var (harness, clock) = await TriageHarness.StartAsync(azurite);
        await using var _h = harness;
        harness.AnswerTriage(Categories.Fyi, TriageFolders.Feed, 0.9);
        var first = harness.SeedInbound("Planning notes for Q3", "Here are the notes from today.", "Alice <alice@partner.example>");
        await TriagedAsync(harness, azurite, first);
        var store = harness.TriageStore(azurite);

        await harness.MoveAsync(first.ThreadId, TriageFolders.Feed, TriageFolders.Planning);
        await harness.SyncAsync();
        await ListenerHarness.EventuallyAsync(async () => (await store.GetThreadAsync(harness.Mailbox, first.ThreadId))!.ManualMoveAt is not null,
            "the move to be recorded");

        harness.AnswerTriage(Categories.Fyi, TriageFolders.Promotions, 0.95);
        clock.Advance(TimeSpan.FromHours(23));
        var within = harness.Gmail.SeedMessage(harness.Mailbox, "Alice <alice@partner.example>", harness.Mailbox, "Re: Planning notes for Q3",
            "One more item for the notes.", threadId: first.ThreadId);
        await harness.PollAsync();

        // The new message arrives in the Inbox; leaving it is the hook's last step, whichever folder it chose.
        await ListenerHarness.EventuallyAsync(() => !harness.Gmail.GetMessage(harness.Mailbox, within.Id)!.LabelIds.Contains(GmailSystemLabels.Inbox),
            "the new message to leave the Inbox");
        var thread = harness.Gmail.GetThread(harness.Mailbox, first.ThreadId).SelectMany(m => m.LabelIds).ToHashSet();
        Assert.Contains(await harness.LabelIdAsync(TriageFolders.Planning), thread);
        Assert.DoesNotContain(await harness.LabelIdAsync(TriageFolders.Promotions), thread);
        Assert.DoesNotContain(GmailSystemLabels.Inbox, thread);
        Assert.DoesNotContain(await store.ListLogAsync(harness.Mailbox, 100), e => e.MessageId == within.Id);

        clock.Advance(TimeSpan.FromHours(2));
        var after = harness.Gmail.SeedMessage(harness.Mailbox, "Alice <alice@partner.example>", harness.Mailbox, "Re: Planning notes for Q3",
            "And the final version.", threadId: first.ThreadId);
        await harness.PollAsync();

        var entry = await harness.WaitForTriageAsync(azurite, after.Id);
        Assert.Equal(TriageFolders.Promotions, entry.Decision.FinalFolder);
        var moved = await harness.WaitForLabelAsync(first.Id, TriageFolders.Promotions);
        Assert.DoesNotContain(await harness.LabelIdAsync(TriageFolders.Planning), moved.LabelIds);
    }

    [Fact]
    public async Task No_rule_is_learned_for_the_users_own_domain_or_a_vip_sender()
    {
        var (harness, _) = await TriageHarness.StartAsync(azurite);
        await using var _h = harness;
        await harness.Mailboxes.UpdateAsync(harness.Mailbox, m => m with
        {
            Settings = m.Settings with { Triage = m.Settings.Triage with { VipSenders = ["vip.example"] } },
        });
        harness.AnswerTriage(Categories.Fyi, TriageFolders.Feed, 0.9);
        FakeGmailMessageView Own(int n) => harness.SeedInbound($"Team update {n}", "Status of the week.", "Colleague <colleague@example.test>");
        FakeGmailMessageView Vip(int n) => harness.SeedInbound($"Board pack {n}", "Papers for the board.", "Board <chair@vip.example>");
        var own = await TriagedAsync(harness, azurite, [.. Enumerable.Range(1, 5).Select(Own)]);
        var vip = await TriagedAsync(harness, azurite, [.. Enumerable.Range(1, 5).Select(Vip)]);

        foreach (var mail in own)
        {
            await harness.MoveAsync(mail.ThreadId, TriageFolders.Feed, TriageFolders.Promotions);
        }
        foreach (var mail in vip)
        {
            await harness.MoveAsync(mail.ThreadId, TriageFolders.Inbox, TriageFolders.Feed);
        }
        await harness.SyncAsync();
        var examples = await harness.WaitForExamplesAsync(azurite, 10);

        Assert.Equal(10, examples.Count(e => e.WasCorrection));
        var store = harness.TriageStore(azurite);
        Assert.Null(await store.GetRuleAsync(harness.Mailbox, "example.test"));
        Assert.Null(await store.GetRuleAsync(harness.Mailbox, "vip.example"));
        var (nextOwn, nextVip) = (Own(6), Vip(6));
        await harness.PushAsync();
        var ownEntry = await harness.WaitForTriageAsync(azurite, nextOwn.Id);
        var vipEntry = await harness.WaitForTriageAsync(azurite, nextVip.Id);
        Assert.Equal((TriageFolders.Feed, TriageSources.Llm), (ownEntry.Decision.FinalFolder, ownEntry.Decision.Source));
        Assert.Equal((TriageFolders.Inbox, TriageSources.Vip), (vipEntry.Decision.FinalFolder, vipEntry.Decision.Source));
    }

    [Fact]
    public async Task A_triage_label_deleted_in_another_client_is_recreated_and_the_thread_still_gets_it()
    {
        var (harness, _) = await TriageHarness.StartAsync(azurite);
        await using var _h = harness;
        var deleted = harness.Gmail.DeleteLabel(harness.Mailbox, TriageFolders.Feed);
        Assert.Equal(deleted, await harness.LabelIdAsync(TriageFolders.Feed));
        harness.AnswerTriage(Categories.Fyi, TriageFolders.Feed, 0.92, "newsletter");
        var mail = SeedDeal(harness, 1);

        await TriagedAsync(harness, azurite, mail);

        var recreated = await harness.LabelIdAsync(TriageFolders.Feed);
        Assert.NotEqual(deleted, recreated);
        Assert.Contains(harness.Gmail.GetLabels(harness.Mailbox), l => l.Id == recreated && l.Name == TriageFolders.Feed);
        var labels = await harness.WaitForLabelAsync(mail.Id, TriageFolders.Feed);
        Assert.DoesNotContain(GmailSystemLabels.Inbox, labels.LabelIds);
    }

    [Fact]
    public async Task Our_own_label_changes_teach_nothing_and_the_users_next_move_does()
    {
        var (harness, _) = await TriageHarness.StartAsync(azurite);
        await using var _h = harness;
        harness.AnswerTriage(Categories.Fyi, TriageFolders.Feed, 0.92, "newsletter");
        var mail = SeedDeal(harness, 1);
        await TriagedAsync(harness, azurite, mail);
        await harness.WaitForLabelAsync(mail.Id, TriageFolders.Feed);
        var store = harness.TriageStore(azurite);

        await harness.SyncAsync();

        Assert.Empty(await store.ListExamplesAsync(harness.Mailbox, 100));
        Assert.Null((await store.GetThreadAsync(harness.Mailbox, mail.ThreadId))!.ManualMoveAt);

        await harness.MoveAsync(mail.ThreadId, TriageFolders.Feed, TriageFolders.Social);
        await harness.SyncAsync();

        var example = Assert.Single(await harness.WaitForExamplesAsync(azurite, 1));
        Assert.Equal((TriageFolders.Feed, TriageFolders.Social), (example.AiSuggestion, example.UserChoice));
    }
}

using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Gmail;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.IntegrationTests.Assistant;
using Factumerit.Email.IntegrationTests.Fakes.Gmail;
using Factumerit.Email.IntegrationTests.Hosting.Standalone;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Triage;
using static Factumerit.Email.IntegrationTests.Triage.TriageTimeline;

namespace Factumerit.Email.IntegrationTests.Triage;

/// <summary>
/// Spec 003 "Waiting-for-Reply Tracking" for mail the user starts, on threads the assistant has never seen: through
/// the real host, the fake Gmail server and the durable scheduler on a clock the test moves forward.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SentTrackingTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_new_message_nobody_answers_resurfaces_waiting_after_three_days_without_an_llm_call()
    {
        var (harness, clock) = await TriageHarness.StartAsync(azurite);
        await using var _h = harness;
        var days = new TriageTimeline(harness, clock);
        var units = harness.Gmail.QuotaUnits(harness.Mailbox);
        var calls = harness.Gmail.Requests.Count;

        var sent = await SentByUserAsync(harness, "alice@client.example", "Proposal for the Q3 audit");

        Assert.Empty(harness.Llm.Requests);
        // history.list (2), threads.get (10), the Waiting label (threads.modify, 10), the snooze (threads.modify, 10).
        Assert.Equal(["history.list", "threads.get", "threads.modify", "threads.modify"],
            harness.Gmail.Requests.Skip(calls).Select(r => r.Operation).Order(StringComparer.Ordinal));
        Assert.Equal(32, harness.Gmail.QuotaUnits(harness.Mailbox) - units);

        Assert.Equal(0, await days.AtAsync(Days(3) - Hours(1)));
        Assert.DoesNotContain(GmailSystemLabels.Inbox, harness.ThreadLabels(sent.ThreadId));

        Assert.Equal(1, await days.AtAsync(Days(3)));
        await ListenerHarness.EventuallyAsync(() => harness.ThreadLabels(sent.ThreadId).Contains(GmailSystemLabels.Inbox),
            "the unanswered thread to resurface in the Inbox");
        Assert.Contains(await harness.LabelIdAsync(AssistantLabels.Waiting), harness.ThreadLabels(sent.ThreadId));
        Assert.Empty(harness.Llm.Requests);
    }

    [Fact]
    public async Task A_new_thread_answered_on_day_one_does_not_resurface()
    {
        var (harness, clock) = await TriageHarness.StartAsync(azurite, alsoRunning: [Functions.Functions.Assistant.Lifecycle.RetriageFunction.Name]);
        await using var _h = harness;
        var days = new TriageTimeline(harness, clock);
        var sent = await SentByUserAsync(harness, "alice@client.example", "Can we move the review to Thursday?");

        harness.AnswerTriage(Categories.Fyi, TriageFolders.Planning, 0.9);
        await days.AtAsync(Days(1));
        var reply = harness.Gmail.SeedMessage(harness.Mailbox, "Alice Client <alice@client.example>", harness.Mailbox,
            "Re: Can we move the review to Thursday?", "Thursday works, see you then.", threadId: sent.ThreadId);
        await harness.PollAsync();
        await harness.WaitForTriageAsync(azurite, reply.Id);
        await harness.WaitForLabelAsync(reply.Id, TriageFolders.Planning);

        Assert.Equal(0, await days.AtAsync(Days(3)));
        Assert.Equal(0, await days.AtAsync(Days(5)));
        var labels = harness.ThreadLabels(sent.ThreadId);
        Assert.DoesNotContain(GmailSystemLabels.Inbox, labels);
        Assert.DoesNotContain(await harness.LabelIdAsync(AssistantLabels.Waiting), labels);
        Assert.Contains(await harness.LabelIdAsync(TriageFolders.Planning), labels);
    }

    [Fact]
    public async Task A_message_to_the_users_own_address_is_not_snoozed()
    {
        var (harness, clock) = await TriageHarness.StartAsync(azurite);
        await using var _h = harness;
        var days = new TriageTimeline(harness, clock);
        // Gmail files mail to oneself under both Sent and Inbox.
        var note = harness.Gmail.SeedMessage(harness.Mailbox, harness.Mailbox, harness.Mailbox, "Note to self: renew the domain",
            "Renew before the end of the month.", labels: [GmailSystemLabels.Sent, GmailSystemLabels.Inbox]);
        await harness.PushAsync();
        await harness.WaitForClassificationAsync(note.Id);

        Assert.Contains(GmailSystemLabels.Inbox, harness.ThreadLabels(note.ThreadId));
        Assert.Equal(0, await days.AtAsync(Days(3)));
        Assert.Contains(GmailSystemLabels.Inbox, harness.ThreadLabels(note.ThreadId));
        Assert.Empty(harness.Llm.Requests);
    }

    [Fact]
    public async Task With_triage_off_a_new_sent_message_is_left_alone()
    {
        var (harness, clock) = await TriageHarness.StartAsync(azurite, mailbox: new MailboxSettings { TriageEnabled = false });
        await using var _h = harness;
        var days = new TriageTimeline(harness, clock);
        var calls = harness.Gmail.Requests.Count;
        var sent = harness.Gmail.SeedMessage(harness.Mailbox, harness.Mailbox, "alice@client.example", "Proposal for the Q3 audit",
            "Here is the proposal; let me know what you think.", labels: [GmailSystemLabels.Sent]);

        await harness.SyncAsync();

        Assert.Null(await harness.Emails.GetAsync(harness.Mailbox, sent.Id));
        Assert.All(harness.Gmail.Requests.Skip(calls), r => Assert.Equal("history.list", r.Operation));
        Assert.Equal(0, await days.AtAsync(Days(3)));
        Assert.DoesNotContain(GmailSystemLabels.Inbox, harness.ThreadLabels(sent.ThreadId));
        Assert.Empty(harness.Llm.Requests);
    }

    /// <summary>A message the user writes on a new thread, classified and snoozed.</summary>
    private static async Task<FakeGmailMessageView> SentByUserAsync(AssistantHarness harness, string to, string subject)
    {
        var sent = harness.Gmail.SeedMessage(harness.Mailbox, harness.Mailbox, to, subject, "Let me know what you think.",
            labels: [GmailSystemLabels.Sent]);
        await harness.PushAsync();
        var record = await harness.WaitForClassificationAsync(sent.Id);
        Assert.Equal(Categories.Waiting, record.Category);
        return sent;
    }
}

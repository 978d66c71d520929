using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Gmail;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.Assistant.Sync;

namespace Factumerit.Email.Tests.Assistant;

public sealed class HistoryFanOutTests
{
    private const string Address = "me@example.com";

    private static readonly Mailbox Box = new()
    {
        Address = Address,
        Credential = MailboxCredentialRef.ForRefreshToken("Mailboxes__me__RefreshToken"),
        LabelIds = AssistantLabels.All.Select((name, i) => (name, id: $"Label_{i}")).ToDictionary(p => p.name, p => p.id),
    };

    private static string Id(string label) => Box.LabelId(label)!;

    private static GmailChange Added(string message, string thread, params string[] labels) =>
        new(1, GmailChangeKind.MessageAdded, message, thread, labels, []);

    private static GmailChange Labelled(string message, string thread, string label) =>
        new(2, GmailChangeKind.LabelAdded, message, thread, [label], [label]);

    private static Task<IReadOnlyList<AssistantWork>> Plan(IEnumerable<GmailChange> changes, params AssistantEmail[] records) =>
        HistoryFanOut.PlanAsync(Box, changes, thread => Task.FromResult<IReadOnlyList<AssistantEmail>>(records.Where(r => r.ThreadId == thread).ToList()));

    private static AssistantEmail Record(string thread, string category, string message = "m0", string? draftId = null) =>
        new() { Mailbox = Address, MessageId = message, ThreadId = thread, Category = category, DraftId = draftId };

    [Fact]
    public async Task New_inbox_mail_is_classified_once_even_when_history_repeats_it()
    {
        var work = await Plan([Added("m1", "t1", "INBOX", "UNREAD"), Added("m1", "t1", "INBOX")]);

        var item = Assert.Single(work);
        Assert.Equal(AssistantQueues.Classify, item.Queue);
        Assert.Equal(new ClassifyRequested(Address, "m1", "t1"), item.Message);
    }

    [Fact]
    public async Task Drafts_and_mail_outside_the_inbox_are_ignored_and_sent_mail_only_counts_on_tracked_threads()
    {
        var work = await Plan([Added("d1", "t1", "DRAFT"), Added("s1", "t2", "SENT"), Added("x1", "t3", "CATEGORY_PROMOTIONS"),
            Added("s2", "t4", "SENT")], Record("t4", Categories.NeedsResponse));

        var item = Assert.Single(work);
        Assert.Equal(new ClassifyRequested(Address, "s2", "t4"), item.Message);
    }

    [Fact]
    public async Task With_triage_on_sent_mail_on_a_thread_the_assistant_has_not_seen_is_classified_too()
    {
        var triaged = Box with { Settings = new MailboxSettings { TriageEnabled = true } };

        var work = await HistoryFanOut.PlanAsync(triaged, [Added("d1", "t1", "DRAFT"), Added("s1", "t2", "SENT")],
            _ => Task.FromResult<IReadOnlyList<AssistantEmail>>([]));

        var item = Assert.Single(work);
        Assert.Equal(AssistantQueues.Classify, item.Queue);
        Assert.Equal(new ClassifyRequested(Address, "s1", "t2"), item.Message);
    }

    [Fact]
    public async Task New_mail_on_a_waiting_thread_goes_to_retriage()
    {
        var work = await Plan([Added("m2", "t1", "INBOX")], Record("t1", Categories.Waiting));

        var item = Assert.Single(work);
        Assert.Equal(AssistantQueues.Retriage, item.Queue);
        Assert.Equal("m2", ((RetriageRequested)item.Message).MessageId);
    }

    [Fact]
    public async Task Rework_Done_and_a_users_Needs_Response_fan_out_once_per_thread()
    {
        var work = await Plan(
        [
            Labelled("m1", "t1", Id(AssistantLabels.Rework)), Labelled("m2", "t1", Id(AssistantLabels.Rework)),
            Labelled("m3", "t2", Id(AssistantLabels.Done)),
            Labelled("m4", "t3", Id(AssistantLabels.NeedsResponse)),
            Labelled("m5", "t4", Id(AssistantLabels.NeedsResponse)),
            Labelled("m6", "t5", Id(AssistantLabels.Fyi)),
        ], Record("t4", Categories.NeedsResponse), Record("t3", Categories.Fyi));

        Assert.Equal(
            [(AssistantQueues.Rework, "rework|t1"), (AssistantQueues.Done, "done|t2"), (AssistantQueues.ManualDraft, "manual|t3")],
            work.Select(w => (w.Queue, w.Key)));
    }

    [Fact]
    public async Task A_deleted_message_on_a_drafted_thread_asks_for_a_sent_check_of_that_record()
    {
        var deleted = new GmailChange(3, GmailChangeKind.MessageDeleted, "draft-msg", "t1", [], []);
        var other = new GmailChange(4, GmailChangeKind.MessageDeleted, "x", "t2", [], []);

        var work = await Plan([deleted, other], Record("t1", Categories.NeedsResponse, "m1", draftId: "r-123"), Record("t2", Categories.Fyi));

        var item = Assert.Single(work);
        Assert.Equal(new SentCheckRequested(Address, "m1"), item.Message);
    }
}

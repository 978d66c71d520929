using Factumerit.Email.Assistant.Gmail;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.Assistant.Sync;
using Factumerit.Email.Triage;
using Factumerit.Email.Triage.Learning;

namespace Factumerit.Email.Tests.Triage;

public sealed class TriageLabelFanOutTests
{
    private static readonly Mailbox Box = new()
    {
        Address = "me@home.example",
        Credential = MailboxCredentialRef.ForRefreshToken("Mailboxes__me__RefreshToken"),
        Settings = new MailboxSettings { TriageEnabled = true },
        LabelIds = new Dictionary<string, string>
        {
            [TriageFolders.Feed] = "L_feed",
            [TriageFolders.Promotions] = "L_promo",
            [TriageFolders.Review] = "L_review",
            ["AI/FYI"] = "L_fyi",
        },
    };

    private static GmailChange Change(ulong history, GmailChangeKind kind, string message, string thread, string[] after, params string[] changed) =>
        new(history, kind, message, thread, after, changed);

    [Fact]
    public void A_move_of_a_whole_thread_is_one_item_with_the_state_after_its_last_change()
    {
        var work = TriageLabelFanOut.Plan(Box,
        [
            Change(10, GmailChangeKind.LabelAdded, "m1", "t1", ["L_feed", "L_promo"], "L_promo"),
            Change(10, GmailChangeKind.LabelRemoved, "m1", "t1", ["L_promo"], "L_feed"),
            Change(11, GmailChangeKind.LabelAdded, "m2", "t1", ["L_feed", "L_promo"], "L_promo"),
            Change(11, GmailChangeKind.LabelRemoved, "m2", "t1", ["L_promo"], "L_feed"),
        ]);

        var item = Assert.Single(work);
        Assert.Equal((AssistantQueues.TriageLabelChange, "triage-label|t1"), (item.Queue, item.Key));
        var changed = Assert.IsType<TriageLabelChanged>(item.Message);
        Assert.Equal(("m2", "L_promo", 11UL), (changed.MessageId, changed.LastAddedLabelId, changed.HistoryId));
        Assert.Equal(["L_promo"], changed.LabelIds);
    }

    [Fact]
    public void Other_labels_new_mail_and_a_mailbox_without_triage_fan_out_nothing()
    {
        GmailChange[] changes =
        [
            Change(5, GmailChangeKind.LabelAdded, "m1", "t1", ["INBOX", "L_fyi"], "L_fyi"),
            Change(6, GmailChangeKind.LabelRemoved, "m1", "t1", ["INBOX"], "UNREAD"),
            Change(7, GmailChangeKind.MessageAdded, "m2", "t2", ["INBOX"]),
        ];

        Assert.Empty(TriageLabelFanOut.Plan(Box, changes));
        Assert.Empty(TriageLabelFanOut.Plan(Box with { Settings = new MailboxSettings() },
            [Change(8, GmailChangeKind.LabelAdded, "m1", "t1", ["L_feed"], "L_feed")]));
    }

    [Fact]
    public async Task The_history_fan_out_adds_the_triage_item_beside_the_assistants_work()
    {
        var work = await HistoryFanOut.PlanAsync(Box,
            [Change(3, GmailChangeKind.MessageAdded, "m3", "t3", ["INBOX"]), Change(4, GmailChangeKind.LabelAdded, "m1", "t1", ["INBOX", "L_review"], "INBOX")],
            _ => Task.FromResult<IReadOnlyList<Factumerit.Email.Assistant.AssistantEmail>>([]));

        Assert.Equal([AssistantQueues.Classify, AssistantQueues.TriageLabelChange], work.Select(w => w.Queue));
    }

    [Theory]
    [InlineData(new[] { "L_promo" }, null, TriageFolders.Promotions)]
    [InlineData(new[] { "INBOX", "UNREAD", "L_fyi" }, null, TriageFolders.Inbox)]
    [InlineData(new[] { "UNREAD" }, null, null)]
    [InlineData(new[] { "INBOX", "L_feed" }, "L_feed", TriageFolders.Feed)]
    [InlineData(new[] { "INBOX", "L_feed" }, "INBOX", TriageFolders.Inbox)]
    [InlineData(new[] { "L_feed", "L_promo" }, null, null)]
    public void The_folder_a_thread_is_in_follows_its_labels_and_the_last_one_added(string[] labels, string? lastAdded, string? folder) =>
        Assert.Equal(folder, ThreadFolder.Of(Box, labels, lastAdded));
}

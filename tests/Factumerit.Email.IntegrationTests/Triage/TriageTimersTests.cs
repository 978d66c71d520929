using System.Globalization;
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
/// The timed behaviours of spec 003 "Smart Behaviors" through the real host, the fake Gmail server and the durable
/// scheduler on a clock the test moves forward: each is checked in Gmail just before it is due and when it is.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TriageTimersTests(AzuriteFixture azurite)
{
    private static readonly Dictionary<string, string> Unsubscribe = new() { ["List-Unsubscribe"] = "<https://deals.example/u>" };

    [Fact]
    public async Task A_promotion_leaves_the_inbox_for_promotions_and_is_archived_after_seven_days()
    {
        var (harness, clock) = await TriageHarness.StartAsync(azurite);
        await using var _h = harness;
        var days = new TriageTimeline(harness, clock);
        var promo = await TriagedPromotionAsync(harness);

        Assert.Equal(0, await days.AtAsync(Days(7) - Hours(1)));
        var before = harness.ThreadLabels(promo.ThreadId);
        Assert.Contains(await harness.LabelIdAsync(TriageFolders.Promotions), before);
        Assert.DoesNotContain(GmailSystemLabels.Inbox, before);
        Assert.DoesNotContain(await harness.LabelIdAsync(TriageFolders.Archive), before);

        Assert.Equal(1, await days.AtAsync(Days(7)));
        var archived = await harness.WaitForLabelAsync(promo.Id, TriageFolders.Archive);
        Assert.DoesNotContain(await harness.LabelIdAsync(TriageFolders.Promotions), archived.LabelIds);
        Assert.DoesNotContain(GmailSystemLabels.Inbox, archived.LabelIds);
    }

    [Fact]
    public async Task A_shipping_mail_is_snoozed_until_its_delivery_day_and_archived_three_days_after()
    {
        var (harness, clock) = await TriageHarness.StartAsync(azurite);
        await using var _h = harness;
        var days = new TriageTimeline(harness, clock);
        var start = clock.GetUtcNow();
        var delivery = new DateTimeOffset(start.UtcDateTime.Date.AddDays(4), TimeSpan.Zero);
        var untilDelivery = delivery - start;
        harness.AnswerTriage(Categories.Fyi, TriageFolders.Inbox, 0.9, "shipping",
            snoozeUntil: delivery.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var mail = harness.SeedInbound("Your package has shipped", "Your order is on its way. Tracking number 1Z999. Estimated delivery Friday.",
            "Parcels <tracking@parcels.example>");
        await harness.PushAsync();
        await harness.WaitForTriageAsync(azurite, mail.Id);
        await SnoozedAsync(harness, mail);

        Assert.Equal(0, await days.AtAsync(untilDelivery - Hours(1)));
        Assert.DoesNotContain(GmailSystemLabels.Inbox, harness.ThreadLabels(mail.ThreadId));

        Assert.Equal(1, await days.AtAsync(untilDelivery));
        await ListenerHarness.EventuallyAsync(() => harness.Gmail.GetMessage(harness.Mailbox, mail.Id)!.LabelIds.Contains(GmailSystemLabels.Inbox),
            "the parcel mail to be back in the Inbox on its delivery day");

        Assert.Equal(0, await days.AtAsync(untilDelivery + Days(3) - Hours(1)));
        var delivered = harness.ThreadLabels(mail.ThreadId);
        Assert.Contains(GmailSystemLabels.Inbox, delivered);
        Assert.DoesNotContain(await harness.LabelIdAsync(TriageFolders.Archive), delivered);

        Assert.Equal(1, await days.AtAsync(untilDelivery + Days(3)));
        var archived = await harness.WaitForLabelAsync(mail.Id, TriageFolders.Archive);
        Assert.DoesNotContain(GmailSystemLabels.Inbox, archived.LabelIds);
    }

    [Fact]
    public async Task A_shipping_mail_without_a_delivery_date_comes_back_after_three_days()
    {
        var (harness, clock) = await TriageHarness.StartAsync(azurite);
        await using var _h = harness;
        var days = new TriageTimeline(harness, clock);
        harness.AnswerTriage(Categories.Fyi, TriageFolders.Inbox, 0.9, "shipping");
        var mail = harness.SeedInbound("Your package has shipped", "Your order is on its way. Tracking number 1Z998.",
            "Parcels <tracking@parcels.example>");
        await harness.PushAsync();
        await harness.WaitForTriageAsync(azurite, mail.Id);
        await SnoozedAsync(harness, mail);

        Assert.Equal(0, await days.AtAsync(Days(3) - Hours(1)));
        Assert.DoesNotContain(GmailSystemLabels.Inbox, harness.ThreadLabels(mail.ThreadId));

        Assert.Equal(1, await days.AtAsync(Days(3)));
        await ListenerHarness.EventuallyAsync(() => harness.Gmail.GetMessage(harness.Mailbox, mail.Id)!.LabelIds.Contains(GmailSystemLabels.Inbox),
            "the parcel mail to be back in the Inbox after three days");
    }

    [Fact]
    public async Task Sent_mail_is_snoozed_and_comes_back_waiting_after_three_days_unless_a_reply_came()
    {
        var (harness, clock) = await TriageHarness.StartAsync(azurite, alsoRunning: [Functions.Functions.Assistant.Lifecycle.RetriageFunction.Name]);
        await using var _h = harness;
        var days = new TriageTimeline(harness, clock);
        harness.AnswerTriage(Categories.NeedsResponse, TriageFolders.Inbox, 0.9);
        var unanswered = await AnsweredByUserAsync(harness, "Can you send the Q3 numbers?");
        var answered = await AnsweredByUserAsync(harness, "Can we move the review to Thursday?");

        harness.AnswerTriage(Categories.Fyi, TriageFolders.Planning, 0.9);
        await days.AtAsync(Days(1));
        var reply = harness.Gmail.SeedMessage(harness.Mailbox, "Alice Client <alice@client.example>", harness.Mailbox,
            "Re: Can we move the review to Thursday?", "Thursday works, see you then.", threadId: answered.ThreadId);
        await harness.PollAsync();
        await harness.WaitForTriageAsync(azurite, reply.Id);
        await harness.WaitForLabelAsync(reply.Id, TriageFolders.Planning);

        Assert.Equal(0, await days.AtAsync(Days(3) - Hours(1)));
        Assert.DoesNotContain(GmailSystemLabels.Inbox, harness.ThreadLabels(unanswered.ThreadId));

        Assert.Equal(1, await days.AtAsync(Days(3)));
        var waiting = await harness.LabelIdAsync(AssistantLabels.Waiting);
        await ListenerHarness.EventuallyAsync(() => harness.ThreadLabels(unanswered.ThreadId).Contains(GmailSystemLabels.Inbox),
            "the unanswered thread to resurface in the Inbox");
        Assert.Contains(waiting, harness.ThreadLabels(unanswered.ThreadId));
        var replied = harness.ThreadLabels(answered.ThreadId);
        Assert.DoesNotContain(GmailSystemLabels.Inbox, replied);
        Assert.DoesNotContain(waiting, replied);
        Assert.Contains(await harness.LabelIdAsync(TriageFolders.Planning), replied);
    }

    [Fact]
    public async Task A_dev_notification_is_moved_to_trash_after_thirty_days_and_never_deleted()
    {
        var (harness, clock) = await TriageHarness.StartAsync(azurite);
        await using var _h = harness;
        var days = new TriageTimeline(harness, clock);
        var build = await TriagedDevNotificationAsync(harness);

        Assert.Equal(0, await days.AtAsync(Days(30) - Hours(1)));
        Assert.DoesNotContain(GmailSystemLabels.Trash, harness.Gmail.GetMessage(harness.Mailbox, build.Id)!.LabelIds);

        Assert.Equal(1, await days.AtAsync(Days(30)));
        await ListenerHarness.EventuallyAsync(() => harness.Gmail.GetMessage(harness.Mailbox, build.Id)!.LabelIds.Contains(GmailSystemLabels.Trash),
            "the build notification to be in Trash");
        Assert.Contains(harness.Gmail.Requests, r => r.Operation == "messages.trash" && r.Status == 200);
        Assert.DoesNotContain(harness.Gmail.Requests, IsPermanentDelete);
    }

    [Fact]
    public async Task A_promotion_timing_set_to_never_keeps_promotions_in_place()
    {
        var settings = new MailboxSettings { TriageEnabled = true, Triage = new TriageSettings { PromotionArchiveDays = null } };
        var (harness, clock) = await TriageHarness.StartAsync(azurite, mailbox: settings);
        await using var _h = harness;
        var days = new TriageTimeline(harness, clock);
        var promo = await TriagedPromotionAsync(harness);
        // The dev timing is still on: its trash at 30 days shows the timers ran while the promotion stayed.
        var build = await TriagedDevNotificationAsync(harness);

        Assert.Equal(0, await days.AtAsync(Days(8)));
        Assert.Equal(1, await days.AtAsync(Days(30)));
        await ListenerHarness.EventuallyAsync(() => harness.Gmail.GetMessage(harness.Mailbox, build.Id)!.LabelIds.Contains(GmailSystemLabels.Trash),
            "the build notification to be in Trash");

        var labels = harness.ThreadLabels(promo.ThreadId);
        Assert.Contains(await harness.LabelIdAsync(TriageFolders.Promotions), labels);
        Assert.DoesNotContain(await harness.LabelIdAsync(TriageFolders.Archive), labels);
    }

    private static async Task<FakeGmailMessageView> TriagedPromotionAsync(AssistantHarness harness)
    {
        harness.AnswerTriage(Categories.Fyi, TriageFolders.Promotions, 0.92, "promo");
        var promo = harness.SeedInbound("Summer sale: 40% off everything", "Limited time only. Unsubscribe any time.", "Deals <news@deals.example>",
            Unsubscribe);
        await harness.PushAsync();
        var moved = await harness.WaitForLabelAsync(promo.Id, TriageFolders.Promotions);
        Assert.DoesNotContain(GmailSystemLabels.Inbox, moved.LabelIds);
        return promo;
    }

    private static async Task<FakeGmailMessageView> TriagedDevNotificationAsync(AssistantHarness harness)
    {
        harness.AnswerTriage(Categories.Fyi, TriageFolders.Social, 0.9, "dev");
        var build = harness.SeedInbound("[acme/api] Build failed: main (#412)", "The build failed on commit 3f2a1c. View the logs on GitHub.",
            "GitHub <notifications@github.com>");
        await harness.PushAsync();
        await harness.WaitForLabelAsync(build.Id, TriageFolders.Social);
        return build;
    }

    /// <summary>A question from Alice, triaged to the Inbox, then the user's reply on its thread.</summary>
    private async Task<FakeGmailMessageView> AnsweredByUserAsync(AssistantHarness harness, string subject)
    {
        var question = harness.SeedInbound(subject, "Let me know when you can.");
        await harness.PushAsync();
        await harness.WaitForTriageAsync(azurite, question.Id);
        var sent = harness.Gmail.SeedMessage(harness.Mailbox, harness.Mailbox, "alice@client.example", "Re: " + subject, "I'll get back to you.",
            labels: [GmailSystemLabels.Sent], threadId: question.ThreadId);
        await harness.PushAsync();
        await harness.WaitForClassificationAsync(sent.Id);
        await SnoozedAsync(harness, sent);
        return sent;
    }

    private static Task SnoozedAsync(AssistantHarness harness, FakeGmailMessageView mail) =>
        ListenerHarness.EventuallyAsync(() => !harness.ThreadLabels(mail.ThreadId).Contains(GmailSystemLabels.Inbox),
            "the thread to be snoozed out of the Inbox");

    private static bool IsPermanentDelete(FakeGmailRequest request) =>
        request.PathAndQuery.Contains("batchDelete", StringComparison.Ordinal)
        || request.Method == "DELETE" && request.PathAndQuery.Contains("/messages/", StringComparison.Ordinal)
        || request.Method == "DELETE" && request.PathAndQuery.Contains("/threads/", StringComparison.Ordinal);
}

using Factumerit.Email.Providers.Gmail;
using Factumerit.Email.Providers.Gmail.Mime;

namespace Factumerit.Email.IntegrationTests.Providers.Gmail;

public sealed class GmailQuotaTests
{
    [Fact]
    public async Task Quota_units_are_counted_per_call_type_as_Gmail_counts_them()
    {
        await using var harness = await GmailHarness.StartAsync();
        var original = harness.Gmail.SeedMessage(harness.Mailbox, "a@customer.test", harness.Mailbox, "Question", "Body");
        var client = harness.CreateClient();

        var start = (await client.GetProfileAsync()).HistoryId!.Value;           // 1
        await client.ListLabelsAsync();                                           // 1
        await client.ListMessagesAsync();                                         // 5
        await client.GetMessageAsync(original.Id);                                // 5
        await client.ModifyMessageAsync(original.Id, removeLabelIds: ["UNREAD"]); // 5
        await client.GetThreadAsync(original.ThreadId);                           // 10
        var mime = DraftMimeBuilder.BuildReply(new DraftReply
        {
            From = new MailboxAddress(harness.Mailbox), To = [new MailboxAddress("a@customer.test")],
            OriginalSubject = "Question", InReplyTo = original.MessageId!, Text = "Answer",
        });
        var draft = await client.CreateDraftAsync(mime, original.ThreadId);       // 10
        await client.UpdateDraftAsync(draft.Id!, mime, original.ThreadId);       // 15
        await client.DeleteDraftAsync(draft.Id!);                                 // 10
        await client.ListHistoryAsync(start);                                     // 2

        Assert.Equal(64, client.Quota.TotalUnits);
        Assert.Equal(harness.Gmail.QuotaUnits(harness.Mailbox), client.Quota.TotalUnits);
        Assert.Equal(15, client.Quota.UnitsFor(GmailOperation.DraftsUpdate));
        Assert.Equal(10, client.Quota.UnitsFor(GmailOperation.DraftsCreate));
        Assert.Equal(2, client.Quota.UnitsFor(GmailOperation.HistoryList));
        Assert.Equal(1, client.Quota.CallsTo(GmailOperation.MessagesGet));
    }

    [Fact]
    public async Task Each_client_keeps_its_own_meter()
    {
        await using var harness = await GmailHarness.StartAsync();
        var first = harness.CreateClient();
        var second = harness.CreateClient($"other-{Guid.NewGuid():N}@example.test");

        await first.ListLabelsAsync();
        await second.ListMessagesAsync();

        Assert.Equal(1, first.Quota.TotalUnits);
        Assert.Equal(5, second.Quota.TotalUnits);
    }
}

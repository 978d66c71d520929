using System.Text;
using Factumerit.Email.Providers.Gmail;
using Factumerit.Email.Providers.Gmail.Data;
using Factumerit.Email.Providers.Gmail.Mime;

namespace Factumerit.Email.IntegrationTests.Providers.Gmail;

public sealed class GmailMessageTests
{
    [Fact]
    public async Task A_message_reads_back_in_every_format()
    {
        await using var harness = await GmailHarness.StartAsync();
        var seeded = harness.Gmail.SeedMessage(harness.Mailbox, "Zoë <zoe@customer.test>", harness.Mailbox, "Grüße aus Köln",
            "Hallo, wie geht's?", headers: new Dictionary<string, string> { ["List-Unsubscribe"] = "<mailto:u@list.test>" });
        var client = harness.CreateClient();

        var full = await client.GetMessageAsync(seeded.Id);
        var metadata = await client.GetMessageAsync(seeded.Id, MessageFormat.Metadata, ["Subject", "List-Unsubscribe"]);
        var minimal = await client.GetMessageAsync(seeded.Id, MessageFormat.Minimal);
        var raw = await client.GetMessageAsync(seeded.Id, MessageFormat.Raw);

        Assert.Equal("Grüße aus Köln", full.Payload!.GetHeader("Subject"));
        Assert.Equal("Hallo, wie geht's?", MessageBodyReader.Read(full.Payload).PlainText);
        Assert.Equal(["INBOX", "UNREAD"], full.LabelIds!);
        Assert.Equal(seeded.ThreadId, full.ThreadId);
        Assert.True(full.HistoryId > 0);
        Assert.InRange(full.InternalDateTime!.Value, harness.Clock.GetUtcNow().AddMinutes(-1), harness.Clock.GetUtcNow().AddMinutes(1));
        Assert.Equal(["Subject", "List-Unsubscribe"], metadata.Payload!.Headers!.Select(h => h.Name));
        Assert.Null(minimal.Payload);
        Assert.Contains("Subject: =?UTF-8?B?", Encoding.ASCII.GetString(Base64Url.Decode(raw.Raw!)));
    }

    [Fact]
    public async Task Listing_follows_pages_newest_first_and_filters_by_label_and_query()
    {
        await using var harness = await GmailHarness.StartAsync();
        var ids = Enumerable.Range(1, 5)
            .Select(i => harness.Gmail.SeedMessage(harness.Mailbox, $"sender{i}@customer.test", harness.Mailbox, $"Order {i}", "Body").Id)
            .ToList();
        harness.Gmail.SeedMessage(harness.Mailbox, "me@example.test", "x@customer.test", "Sent one", "Body", labels: ["SENT"]);
        var client = harness.CreateClient();

        var all = new List<Message>();
        await foreach (var message in client.ListAllMessagesAsync(labelIds: ["INBOX"], pageSize: 2))
        {
            all.Add(message);
        }
        var pages = harness.Gmail.Requests.Count(r => r.Operation == "messages.list");
        var bySender = await client.ListMessagesAsync(q: "from:sender3@customer.test");

        Assert.Equal(Enumerable.Reverse(ids), all.Select(m => m.Id));
        Assert.Equal(3, pages);
        Assert.Equal(ids[2], Assert.Single(bySender.Messages!).Id);
    }

    [Fact]
    public async Task Trash_moves_the_message_out_of_the_inbox()
    {
        await using var harness = await GmailHarness.StartAsync();
        var seeded = harness.Gmail.SeedMessage(harness.Mailbox, "a@customer.test", harness.Mailbox, "2FA code 123456", "Code");
        var client = harness.CreateClient();

        var trashed = await client.TrashMessageAsync(seeded.Id);

        Assert.Contains("TRASH", trashed.LabelIds!);
        Assert.DoesNotContain("INBOX", harness.Gmail.GetMessage(harness.Mailbox, seeded.Id)!.LabelIds);
        Assert.Null((await client.ListMessagesAsync()).Messages);
    }

    [Fact]
    public async Task A_missing_message_is_a_404_not_found()
    {
        await using var harness = await GmailHarness.StartAsync();
        var client = harness.CreateClient();

        var error = await Assert.ThrowsAsync<GmailApiException>(() => client.GetMessageAsync("18f0ffffffffffff"));

        Assert.Equal((404, "notFound"), (error.Status, error.Reason));
    }

    [Fact]
    public async Task Watch_starts_push_with_a_seven_day_expiry_and_stop_ends_it()
    {
        await using var harness = await GmailHarness.StartAsync();
        var client = harness.CreateClient();

        var watch = await client.WatchAsync(new WatchRequest
        {
            TopicName = "projects/factumerit-test/topics/gmail", LabelIds = ["INBOX"], LabelFilterBehavior = "include",
        });

        Assert.Equal(harness.Gmail.CurrentHistoryId(harness.Mailbox), watch.HistoryId);
        Assert.Equal(7, (int)Math.Round((watch.ExpirationTime!.Value - DateTimeOffset.UtcNow).TotalDays));
        Assert.Equal(["INBOX"], harness.Gmail.GetWatch(harness.Mailbox)!.LabelIds);

        await client.StopAsync();

        Assert.Null(harness.Gmail.GetWatch(harness.Mailbox));
    }

    [Fact]
    public async Task A_malformed_topic_name_is_refused_with_400()
    {
        await using var harness = await GmailHarness.StartAsync();
        var client = harness.CreateClient();

        var error = await Assert.ThrowsAsync<GmailApiException>(() => client.WatchAsync(new WatchRequest { TopicName = "gmail-topic" }));

        Assert.Equal(400, error.Status);
        Assert.Null(harness.Gmail.GetWatch(harness.Mailbox));
    }
}

using Factumerit.Email.Providers.Gmail;

namespace Factumerit.Email.IntegrationTests.Providers.Gmail;

public sealed class GmailHistoryTests
{
    [Fact]
    public async Task History_is_read_across_pages_and_ends_at_the_mailbox_history_id()
    {
        await using var harness = await GmailHarness.StartAsync();
        var client = harness.CreateClient();
        var start = (await client.GetProfileAsync()).HistoryId!.Value;
        var seeded = Enumerable.Range(1, 7)
            .Select(i => harness.Gmail.SeedMessage(harness.Mailbox, "a@customer.test", harness.Mailbox, $"Mail {i}", "Body"))
            .ToList();
        await client.ModifyMessageAsync(seeded[0].Id, removeLabelIds: ["UNREAD"]);

        var delta = await client.ListHistoryAsync(start, pageSize: 3);

        Assert.Equal(3, delta.Pages);
        Assert.Equal(harness.Gmail.CurrentHistoryId(harness.Mailbox), delta.HistoryId);
        Assert.Equal(seeded.Select(m => m.Id), delta.Records.SelectMany(r => r.MessagesAdded ?? []).Select(a => a.Message!.Id));
        var removal = Assert.Single(delta.Records, r => r.LabelsRemoved is not null);
        Assert.Equal(["UNREAD"], removal.LabelsRemoved![0].LabelIds!);
        Assert.True(delta.Records.Select(r => r.Id!.Value).SequenceEqual(delta.Records.Select(r => r.Id!.Value).Order()));
        Assert.All(delta.Records, r => Assert.True(r.Id > start));
    }

    [Fact]
    public async Task History_types_filter_the_records()
    {
        await using var harness = await GmailHarness.StartAsync();
        var client = harness.CreateClient();
        var start = (await client.GetProfileAsync()).HistoryId!.Value;
        var message = harness.Gmail.SeedMessage(harness.Mailbox, "a@customer.test", harness.Mailbox, "Mail", "Body");
        await client.ModifyMessageAsync(message.Id, addLabelIds: ["STARRED"]);

        var delta = await client.ListHistoryAsync(start, [HistoryType.LabelAdded]);

        var record = Assert.Single(delta.Records);
        Assert.Equal(["STARRED"], record.LabelsAdded![0].LabelIds!);
        Assert.Equal(message.Id, record.LabelsAdded[0].Message!.Id);
    }

    [Fact]
    public async Task An_expired_start_id_raises_history_expired_so_the_caller_does_a_full_sync()
    {
        await using var harness = await GmailHarness.StartAsync();
        var client = harness.CreateClient();
        var start = (await client.GetProfileAsync()).HistoryId!.Value;
        harness.Gmail.ExpireHistory(harness.Mailbox);

        var error = await Assert.ThrowsAsync<GmailHistoryExpiredException>(() => client.ListHistoryAsync(start));

        Assert.Equal(404, error.Status);
        Assert.Equal(start, error.StartHistoryId);
        Assert.Equal(2, harness.Gmail.Requests.Count);
    }

    [Fact]
    public async Task An_unchanged_mailbox_returns_no_records_and_the_same_history_id()
    {
        await using var harness = await GmailHarness.StartAsync();
        var client = harness.CreateClient();
        var start = (await client.GetProfileAsync()).HistoryId!.Value;

        var delta = await client.ListHistoryAsync(start);

        Assert.Empty(delta.Records);
        Assert.Equal(start, delta.HistoryId);
        Assert.Equal(1, delta.Pages);
    }
}

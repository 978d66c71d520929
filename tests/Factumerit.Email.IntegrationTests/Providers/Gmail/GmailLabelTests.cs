using Factumerit.Email.Providers.Gmail;

namespace Factumerit.Email.IntegrationTests.Providers.Gmail;

public sealed class GmailLabelTests
{
    [Fact]
    public async Task A_nested_label_is_created_under_its_parent()
    {
        await using var harness = await GmailHarness.StartAsync();
        var client = harness.CreateClient();

        var label = await client.GetOrCreateLabelAsync("Factumerit/Needs Response");

        Assert.Equal("Factumerit/Needs Response", label.Name);
        var names = harness.Gmail.GetLabels(harness.Mailbox).Where(l => l.Type == "user").Select(l => l.Name).ToList();
        Assert.Equal(["Factumerit", "Factumerit/Needs Response"], names);
    }

    [Fact]
    public async Task An_existing_label_is_reused_after_the_409()
    {
        await using var harness = await GmailHarness.StartAsync();
        var existingId = harness.Gmail.SeedLabel(harness.Mailbox, "Paper-Trail");
        var client = harness.CreateClient();

        var label = await client.GetOrCreateLabelAsync("paper-trail");

        Assert.Equal(existingId, label.Id);
        Assert.Single(harness.Gmail.GetLabels(harness.Mailbox), l => l.Type == "user");
        var calls = harness.Gmail.Requests.Select(r => (r.Operation, r.Status)).ToList();
        Assert.Equal([("labels.create", 409), ("labels.list", 200)], calls);
    }

    [Fact]
    public async Task A_duplicate_create_surfaces_as_409_duplicate()
    {
        await using var harness = await GmailHarness.StartAsync();
        harness.Gmail.SeedLabel(harness.Mailbox, "Done");
        var client = harness.CreateClient();

        var error = await Assert.ThrowsAsync<GmailApiException>(() => client.CreateLabelAsync(new() { Name = "Done" }));

        Assert.Equal(409, error.Status);
        Assert.Equal("duplicate", error.Reason);
    }

    [Theory]
    [InlineData("SENT")]
    [InlineData("DRAFT")]
    public async Task Sent_and_draft_labels_cannot_be_added_and_the_400_is_not_retried(string label)
    {
        await using var harness = await GmailHarness.StartAsync();
        var message = harness.Gmail.SeedMessage(harness.Mailbox, "a@customer.test", harness.Mailbox, "Hi", "Hello");
        var client = harness.CreateClient();

        var error = await Assert.ThrowsAsync<GmailApiException>(() => client.ModifyMessageAsync(message.Id, addLabelIds: [label]));

        Assert.Equal(400, error.Status);
        Assert.Single(harness.Gmail.Requests);
        Assert.DoesNotContain(label, harness.Gmail.GetMessage(harness.Mailbox, message.Id)!.LabelIds);
    }

    [Fact]
    public async Task Labels_are_added_to_a_message_and_removed_from_a_whole_thread()
    {
        await using var harness = await GmailHarness.StartAsync();
        var first = harness.Gmail.SeedMessage(harness.Mailbox, "a@customer.test", harness.Mailbox, "Plan", "One");
        var second = harness.Gmail.SeedMessage(harness.Mailbox, "a@customer.test", harness.Mailbox, "Re: Plan", "Two", threadId: first.ThreadId);
        var client = harness.CreateClient();
        var planning = await client.GetOrCreateLabelAsync("Planning");

        var modified = await client.ModifyMessageAsync(first.Id, addLabelIds: [planning.Id!], removeLabelIds: ["INBOX"]);
        await client.ModifyThreadAsync(first.ThreadId, removeLabelIds: ["UNREAD"]);

        Assert.Equal([planning.Id!, "UNREAD"], modified.LabelIds!.Order(StringComparer.Ordinal));
        Assert.Equal([planning.Id!], harness.Gmail.GetMessage(harness.Mailbox, first.Id)!.LabelIds);
        Assert.Equal(["INBOX"], harness.Gmail.GetMessage(harness.Mailbox, second.Id)!.LabelIds);
    }

    [Fact]
    public async Task More_than_100_labels_in_one_modify_are_refused_before_sending()
    {
        await using var harness = await GmailHarness.StartAsync();
        var client = harness.CreateClient();
        var labels = Enumerable.Range(0, 101).Select(i => $"Label_{i}").ToList();

        await Assert.ThrowsAsync<ArgumentException>(() => client.ModifyMessageAsync("18f000000001", addLabelIds: labels));

        Assert.Empty(harness.Gmail.Requests);
    }
}

using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.IntegrationTests.Infrastructure;

namespace Factumerit.Email.IntegrationTests.Assistant;

/// <summary>What the user does in Gmail reaches the right queue; what we do ourselves does not.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class LabelFanOutTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Rework_Done_and_a_users_Needs_Response_label_reach_their_queues_but_our_own_label_does_not()
    {
        await using var harness = await AssistantHarness.StartAsync(azurite);
        await harness.ConnectAsync();
        harness.AnswerWith(Categories.NeedsResponse);
        var ours = harness.SeedInbound("Question from a client");
        await harness.PushAsync();
        await harness.WaitForClassificationAsync(ours.Id);
        harness.AnswerWith(Categories.Fyi);
        var fyi = harness.SeedInbound("For your information");
        await harness.PushAsync();
        await harness.WaitForClassificationAsync(fyi.Id);
        await harness.WaitForIdleAsync();
        var user = harness.UserClient();

        await user.ModifyThreadAsync(ours.ThreadId, [await harness.LabelIdAsync(AssistantLabels.Rework)]);
        await user.ModifyThreadAsync(fyi.ThreadId, [await harness.LabelIdAsync(AssistantLabels.NeedsResponse)]);
        await user.ModifyThreadAsync(fyi.ThreadId, [await harness.LabelIdAsync(AssistantLabels.Done)]);
        await harness.PushAsync();
        await harness.WaitForIdleAsync();

        Assert.Contains(ours.ThreadId, Assert.Single(await harness.PeekAsync(AssistantQueues.Rework)), StringComparison.Ordinal);
        Assert.Contains(fyi.ThreadId, Assert.Single(await harness.PeekAsync(AssistantQueues.Done)), StringComparison.Ordinal);
        // Only the user's Needs Response counts; the one we put on the first thread does not.
        Assert.Contains(fyi.ThreadId, Assert.Single(await harness.PeekAsync(AssistantQueues.ManualDraft)), StringComparison.Ordinal);
        Assert.Single(await harness.PeekAsync(AssistantQueues.Draft));
    }

    [Fact]
    public async Task The_users_reply_makes_the_thread_waiting_and_a_new_message_there_is_sent_to_retriage()
    {
        await using var harness = await AssistantHarness.StartAsync(azurite);
        await harness.ConnectAsync();
        harness.AnswerWith(Categories.NeedsResponse);
        var inbound = harness.SeedInbound("Can you send the report?");
        await harness.PushAsync();
        await harness.WaitForClassificationAsync(inbound.Id);

        var reply = harness.Gmail.SeedMessage(harness.Mailbox, harness.Mailbox, "alice@client.example", "Re: Can you send the report?",
            "Here it is.", labels: ["SENT"], threadId: inbound.ThreadId);
        await harness.PushAsync();

        await harness.WaitForLabelAsync(inbound.Id, AssistantLabels.Waiting);
        var waiting = await harness.WaitForClassificationAsync(reply.Id);
        Assert.Equal((Categories.Waiting, "thread"), (waiting.Category, waiting.Tier));
        Assert.DoesNotContain(await harness.LabelIdAsync(AssistantLabels.NeedsResponse), harness.Gmail.GetMessage(harness.Mailbox, inbound.Id)!.LabelIds);
        Assert.Single(harness.Llm.Requests);

        var answer = harness.Gmail.SeedMessage(harness.Mailbox, "Alice Client <alice@client.example>", harness.Mailbox,
            "Re: Can you send the report?", "Thanks, got it!", threadId: inbound.ThreadId);
        await harness.PushAsync();
        await harness.WaitForIdleAsync();

        var retriage = Assert.Single(await harness.PeekAsync(AssistantQueues.Retriage));
        Assert.Contains(answer.Id, retriage, StringComparison.Ordinal);
        Assert.Null(await harness.Emails.GetAsync(harness.Mailbox, answer.Id));
    }
}

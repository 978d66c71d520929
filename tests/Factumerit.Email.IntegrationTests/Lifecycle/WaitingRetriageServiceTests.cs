using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Audit;
using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.IntegrationTests.Drafting.Support;
using Factumerit.Email.Lifecycle;
using Factumerit.Email.IntegrationTests.Infrastructure;

namespace Factumerit.Email.IntegrationTests.Lifecycle;

[Collection(AzuriteCollection.Name)]
public sealed class WaitingRetriageServiceTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_new_message_on_a_waiting_thread_removes_Waiting_and_reclassifies_once()
    {
        await using var harness = await DraftingHarness.StartAsync(azurite);
        var waiting = await harness.SeedEmailAsync("Proposal", "Here is our proposal, looking forward to your answer.", Categories.Waiting);
        var reply = harness.Gmail.SeedMessage(harness.Mailbox, DraftingHarness.Customer, harness.Mailbox, "Re: Proposal",
            "We accept the proposal.", threadId: waiting.ThreadId);
        var request = new RetriageRequested(harness.Mailbox, waiting.ThreadId);

        var retriaged = await harness.RunAsync((WaitingRetriageService s) => s.HandleAsync(request));
        var again = await harness.RunAsync((WaitingRetriageService s) => s.HandleAsync(request));

        Assert.True(retriaged);
        Assert.False(again);
        Assert.DoesNotContain(AssistantLabels.Waiting, harness.LabelsOn(waiting.ThreadId));
        Assert.Equal((harness.Mailbox, waiting.ThreadId, reply.Id), Assert.Single(harness.Reclassifier.Calls));
        Assert.Equal(AssistantEventTypes.WaitingRetriaged, Assert.Single(await harness.EventsAsync()).Type);
        Assert.Equal(2, (await harness.RecordAsync(waiting.Id)).MessageCount);
    }

    [Fact]
    public async Task A_waiting_thread_without_new_messages_stays_waiting()
    {
        await using var harness = await DraftingHarness.StartAsync(azurite);
        var waiting = await harness.SeedEmailAsync("Proposal", "Here is our proposal.", Categories.Waiting);

        var retriaged = await harness.RunAsync((WaitingRetriageService s) => s.HandleAsync(new RetriageRequested(harness.Mailbox, waiting.ThreadId)));

        Assert.False(retriaged);
        Assert.Contains(AssistantLabels.Waiting, harness.LabelsOn(waiting.ThreadId));
        Assert.Empty(harness.Reclassifier.Calls);
    }
}

using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.Drafting;
using Factumerit.Email.IntegrationTests.Drafting.Support;
using Factumerit.Email.Lifecycle;

namespace Factumerit.Email.IntegrationTests.Lifecycle;

public sealed class SentDetectionServiceTests
{
    [Fact]
    public async Task A_draft_that_disappeared_is_recorded_as_sent_and_leaves_the_Outbox()
    {
        await using var harness = await DraftingHarness.StartAsync();
        var email = await harness.SeedEmailAsync("Quote", "Could you send a quote?");
        await harness.RunAsync((DraftService s) => s.HandleAsync(new DraftRequested(harness.Mailbox, email.Id)));
        var draftId = harness.Store.Get(harness.Mailbox, email.Id)!.DraftId!;
        await harness.Client().DeleteDraftAsync(draftId);

        var sent = await harness.RunAsync((SentDetectionService s) => s.HandleAsync(new SentCheckRequested(harness.Mailbox, email.Id)));

        Assert.True(sent);
        Assert.DoesNotContain(AssistantLabels.Outbox, harness.LabelsOn(email.ThreadId));
        var record = harness.Store.Get(harness.Mailbox, email.Id)!;
        Assert.Equal(EmailStatus.Sent, record.Status);
        Assert.NotNull(record.ActedAt);
        var detected = Assert.Single(harness.Events.Events);
        Assert.Equal(AssistantEventTypes.SentDetected, detected.Type);
    }

    [Fact]
    public async Task A_draft_that_still_exists_is_not_sent()
    {
        await using var harness = await DraftingHarness.StartAsync();
        var email = await harness.SeedEmailAsync("Quote", "Could you send a quote?");
        await harness.RunAsync((DraftService s) => s.HandleAsync(new DraftRequested(harness.Mailbox, email.Id)));

        var sent = await harness.RunAsync((SentDetectionService s) => s.HandleAsync(new SentCheckRequested(harness.Mailbox, email.Id)));

        Assert.False(sent);
        Assert.Equal(EmailStatus.Drafted, harness.Store.Get(harness.Mailbox, email.Id)!.Status);
        Assert.Contains(AssistantLabels.Outbox, harness.LabelsOn(email.ThreadId));
        Assert.Empty(harness.Events.Events);
    }
}

using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Audit;
using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.Drafting;
using Factumerit.Email.IntegrationTests.Drafting.Support;
using Factumerit.Email.Lifecycle;
using Factumerit.Email.IntegrationTests.Infrastructure;

namespace Factumerit.Email.IntegrationTests.Lifecycle;

[Collection(AzuriteCollection.Name)]
public sealed class SentDetectionServiceTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_draft_that_disappeared_is_recorded_as_sent_and_leaves_the_Outbox()
    {
        await using var harness = await DraftingHarness.StartAsync(azurite);
        var email = await harness.SeedEmailAsync("Quote", "Could you send a quote?");
        await harness.RunAsync((DraftService s) => s.HandleAsync(new DraftRequested(harness.Mailbox, email.Id)));
        var draftId = (await harness.RecordAsync(email.Id)).DraftId!;
        await harness.Client().DeleteDraftAsync(draftId);

        var sent = await harness.RunAsync((SentDetectionService s) => s.HandleAsync(new SentCheckRequested(harness.Mailbox, email.Id)));

        Assert.True(sent);
        Assert.DoesNotContain(AssistantLabels.Outbox, harness.LabelsOn(email.ThreadId));
        var record = (await harness.RecordAsync(email.Id));
        Assert.Equal(EmailStatus.Sent, record.Status);
        Assert.NotNull(record.ActedAt);
        var detected = Assert.Single(await harness.EventsAsync());
        Assert.Equal(AssistantEventTypes.SentDetected, detected.Type);
    }

    [Fact]
    public async Task A_draft_that_still_exists_is_not_sent()
    {
        await using var harness = await DraftingHarness.StartAsync(azurite);
        var email = await harness.SeedEmailAsync("Quote", "Could you send a quote?");
        await harness.RunAsync((DraftService s) => s.HandleAsync(new DraftRequested(harness.Mailbox, email.Id)));

        var sent = await harness.RunAsync((SentDetectionService s) => s.HandleAsync(new SentCheckRequested(harness.Mailbox, email.Id)));

        Assert.False(sent);
        Assert.Equal(EmailStatus.Drafted, (await harness.RecordAsync(email.Id)).Status);
        Assert.Contains(AssistantLabels.Outbox, harness.LabelsOn(email.ThreadId));
        Assert.Empty(await harness.EventsAsync());
    }

    [Fact]
    public async Task A_draft_replaced_by_a_rework_is_trashed_and_not_taken_for_sent()
    {
        await using var harness = await DraftingHarness.StartAsync(azurite);
        var email = await harness.SeedEmailAsync("Quote", "Could you send a quote?");
        await harness.RunAsync((DraftService s) => s.HandleAsync(new DraftRequested(harness.Mailbox, email.Id)));
        var before = await harness.RecordAsync(email.Id);
        await harness.Client().ModifyThreadAsync(email.ThreadId, [harness.LabelIds[AssistantLabels.Rework]]);
        await harness.RunAsync((ReworkService s) => s.HandleAsync(new ReworkRequested(harness.Mailbox, email.ThreadId)));

        // The old draft went to Trash (a label change in the history), not away (a deletion, as sending looks).
        Assert.Contains("TRASH", harness.Gmail.GetMessage(harness.Mailbox, before.DraftMessageId!)!.LabelIds);
        // A sent check that read the record before the rework stored the new draft still sees the old one.
        var reworked = await harness.RecordAsync(email.Id);
        await EmailRecords.TryUpdateAsync(harness.Store, reworked,
            r => r with { DraftId = before.DraftId, DraftMessageId = before.DraftMessageId });

        var sent = await harness.RunAsync((SentDetectionService s) => s.HandleAsync(new SentCheckRequested(harness.Mailbox, email.Id)));

        Assert.False(sent);
        Assert.Equal(EmailStatus.Drafted, (await harness.RecordAsync(email.Id)).Status);
        Assert.Contains(AssistantLabels.Outbox, harness.LabelsOn(email.ThreadId));
        Assert.DoesNotContain(await harness.EventsAsync(), e => e.Type == AssistantEventTypes.SentDetected);
    }
}

using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Audit;
using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.IntegrationTests.Drafting.Support;
using Factumerit.Email.Lifecycle;
using Factumerit.Email.IntegrationTests.Infrastructure;

namespace Factumerit.Email.IntegrationTests.Lifecycle;

[Collection(AzuriteCollection.Name)]
public sealed class DoneServiceTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Done_clears_every_assistant_label_and_INBOX_from_every_message_and_keeps_Done()
    {
        await using var harness = await DraftingHarness.StartAsync(azurite);
        var first = await harness.SeedEmailAsync("Project", "Can you send the plan?");
        var ids = harness.LabelIds;
        harness.Gmail.SeedMessage(harness.Mailbox, DraftingHarness.Customer, harness.Mailbox, "Re: Project", "Any news?",
            ["INBOX", ids[AssistantLabels.Outbox], ids[AssistantLabels.Rework], ids[AssistantLabels.Fyi], ids[AssistantLabels.Done]],
            threadId: first.ThreadId);

        var cleared = await harness.RunAsync((DoneService s) => s.HandleAsync(new DoneRequested(harness.Mailbox, first.ThreadId)));

        Assert.True(cleared);
        foreach (var message in harness.Gmail.GetThread(harness.Mailbox, first.ThreadId))
        {
            var names = harness.Gmail.GetLabels(harness.Mailbox).Where(l => message.LabelIds.Contains(l.Id)).Select(l => l.Name).ToList();
            Assert.DoesNotContain("INBOX", names);
            Assert.Empty(names.Intersect(AssistantLabels.Clearable));
        }
        Assert.Contains(AssistantLabels.Done, harness.LabelsOn(first.ThreadId));
        var record = (await harness.RecordAsync(first.Id));
        Assert.Equal(EmailStatus.Archived, record.Status);
        Assert.NotNull(record.ActedAt);
        Assert.Equal(AssistantEventTypes.Archived, Assert.Single(await harness.EventsAsync()).Type);
    }

    [Fact]
    public async Task Done_again_writes_no_second_event()
    {
        await using var harness = await DraftingHarness.StartAsync(azurite);
        var email = await harness.SeedEmailAsync("Project", "Can you send the plan?");
        var request = new DoneRequested(harness.Mailbox, email.ThreadId);
        await harness.RunAsync((DoneService s) => s.HandleAsync(request));

        await harness.RunAsync((DoneService s) => s.HandleAsync(request));

        Assert.Single(await harness.EventsAsync());
    }
}

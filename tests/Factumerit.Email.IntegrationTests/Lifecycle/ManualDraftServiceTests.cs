using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.Drafting;
using Factumerit.Email.IntegrationTests.Drafting.Support;
using Factumerit.Email.Lifecycle;
using Xunit.Abstractions;
using Factumerit.Email.IntegrationTests.Infrastructure;

namespace Factumerit.Email.IntegrationTests.Lifecycle;

[Collection(AzuriteCollection.Name)]
public sealed class ManualDraftServiceTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    [Fact]
    public async Task A_manual_draft_follows_the_notes_draft_and_removes_it()
    {
        await using var harness = await DraftingHarness.StartAsync(azurite);
        var email = harness.Gmail.SeedMessage(harness.Mailbox, DraftingHarness.Customer, harness.Mailbox, "Dinner",
            "Are you free for dinner on Thursday?", ["INBOX", harness.LabelIds[AssistantLabels.NeedsResponse]]);
        var notes = await harness.Client().CreateDraftAsync(DraftMime.Reply(harness, email, "Say yes, but only after 7 pm"), email.ThreadId);

        var outcome = await harness.RunAsync((ManualDraftService s) =>
            s.HandleAsync(new ManualDraftRequested(harness.Mailbox, email.ThreadId, email.Id)));
        output.WriteLine("Manual draft: " + DraftingHarness.Describe(outcome));

        Assert.Equal(DraftResult.Drafted, outcome.Result);
        Assert.Contains("--- User instructions ---\nSay yes, but only after 7 pm\n--- End instructions ---",
            Assert.Single(harness.DraftRequests).UserContent, StringComparison.Ordinal);
        var draft = Assert.Single(harness.DraftsIn(email.ThreadId));
        Assert.NotEqual(notes.Id, draft.DraftId);
        Assert.Contains(ReworkMarker.Marker, draft.Message.PlainText, StringComparison.Ordinal);
        var record = (await harness.RecordAsync(email.Id));
        Assert.Equal(Categories.NeedsResponse, record.Category);
        Assert.Equal(EmailStatus.Drafted, record.Status);
        Assert.Equal(draft.DraftId, record.DraftId);
        var labels = harness.LabelsOn(email.ThreadId);
        Assert.Contains(AssistantLabels.Outbox, labels);
        Assert.DoesNotContain(AssistantLabels.NeedsResponse, labels);
    }

    [Fact]
    public async Task A_manual_draft_for_an_email_already_drafted_does_nothing()
    {
        await using var harness = await DraftingHarness.StartAsync(azurite);
        var email = await harness.SeedEmailAsync("Dinner", "Are you free on Thursday?");
        await harness.RunAsync((DraftService s) => s.HandleAsync(new DraftRequested(harness.Mailbox, email.Id)));
        var llmCalls = harness.Llm.Requests.Count;

        var outcome = await harness.RunAsync((ManualDraftService s) =>
            s.HandleAsync(new ManualDraftRequested(harness.Mailbox, email.ThreadId, email.Id)));

        Assert.Equal(DraftResult.Ignored, outcome.Result);
        Assert.Equal(llmCalls, harness.Llm.Requests.Count);
        Assert.Single(harness.DraftsIn(email.ThreadId));
    }
}

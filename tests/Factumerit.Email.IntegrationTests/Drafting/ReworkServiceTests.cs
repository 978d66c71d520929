using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Audit;
using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.Drafting;
using Factumerit.Email.IntegrationTests.Drafting.Support;
using Factumerit.Email.IntegrationTests.Fakes.Gmail;
using Factumerit.Email.Lifecycle;
using Xunit.Abstractions;
using Factumerit.Email.IntegrationTests.Infrastructure;

namespace Factumerit.Email.IntegrationTests.Drafting;

[Collection(AzuriteCollection.Name)]
public sealed class ReworkServiceTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    [Fact]
    public async Task A_rework_with_instructions_replaces_the_draft_and_counts_it()
    {
        await using var harness = await DraftingHarness.StartAsync(azurite);
        var email = await DraftedEmailAsync(harness);
        var first = (await harness.RecordAsync(email.Id)).DraftId!;
        await RequestReworkAsync(harness, email, "Mention that the contract ends on Friday");

        var outcome = await harness.RunAsync((ReworkService s) => s.HandleAsync(new ReworkRequested(harness.Mailbox, email.ThreadId)));
        output.WriteLine("Rework: " + DraftingHarness.Describe(outcome));

        Assert.Equal(DraftResult.Drafted, outcome.Result);
        var prompt = harness.DraftRequests[^1].UserContent;
        Assert.Contains("--- User instructions ---\nMention that the contract ends on Friday\n--- End instructions ---", prompt, StringComparison.Ordinal);
        Assert.Contains("They guide WHAT to say,\nnot HOW to say it.", prompt, StringComparison.Ordinal);
        var draft = Assert.Single(harness.DraftsIn(email.ThreadId));
        Assert.NotEqual(first, draft.DraftId);
        Assert.DoesNotContain(harness.Gmail.GetDrafts(harness.Mailbox), d => d.DraftId == first);
        var record = (await harness.RecordAsync(email.Id));
        Assert.Equal(1, record.ReworkCount);
        Assert.Equal(draft.DraftId, record.DraftId);
        Assert.Equal("Mention that the contract ends on Friday", record.ReworkInstruction);
        var labels = harness.LabelsOn(email.ThreadId);
        Assert.Contains(AssistantLabels.Outbox, labels);
        Assert.DoesNotContain(AssistantLabels.Rework, labels);
    }

    [Fact]
    public async Task A_rework_without_instructions_says_so_in_the_prompt()
    {
        await using var harness = await DraftingHarness.StartAsync(azurite);
        var email = await DraftedEmailAsync(harness);
        await RequestReworkAsync(harness, email, instructions: null);

        await harness.RunAsync((ReworkService s) => s.HandleAsync(new ReworkRequested(harness.Mailbox, email.ThreadId)));

        Assert.Contains("--- User instructions ---\n(no specific instruction provided)\n", harness.DraftRequests[^1].UserContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_third_rework_warns_and_a_fourth_moves_the_thread_to_Action_Required()
    {
        await using var harness = await DraftingHarness.StartAsync(azurite);
        var email = await DraftedEmailAsync(harness);
        var request = new ReworkRequested(harness.Mailbox, email.ThreadId);
        for (var round = 1; round <= 3; round++)
        {
            await RequestReworkAsync(harness, email, $"Round {round}");
            await harness.RunAsync((ReworkService s) => s.HandleAsync(request));
        }

        var third = Assert.Single(harness.DraftsIn(email.ThreadId)).Message.PlainText.ReplaceLineEndings("\n");
        Assert.StartsWith(ReworkMarker.Wrap(ReworkMarker.LastReworkWarning + "\n\n"), third, StringComparison.Ordinal);
        Assert.Equal(3, (await harness.RecordAsync(email.Id)).ReworkCount);
        Assert.Contains(AssistantLabels.ActionRequired, harness.LabelsOn(email.ThreadId));
        Assert.DoesNotContain(AssistantLabels.Outbox, harness.LabelsOn(email.ThreadId));
        var llmCalls = harness.Llm.Requests.Count;

        await RequestReworkAsync(harness, email, "Round 4");
        var fourth = await harness.RunAsync((ReworkService s) => s.HandleAsync(request));

        Assert.Equal(DraftResult.LimitReached, fourth.Result);
        Assert.Equal(llmCalls, harness.Llm.Requests.Count);
        Assert.Equal(EmailStatus.Skipped, (await harness.RecordAsync(email.Id)).Status);
        var labels = harness.LabelsOn(email.ThreadId);
        Assert.Contains(AssistantLabels.ActionRequired, labels);
        Assert.DoesNotContain(AssistantLabels.Rework, labels);
        var limit = Assert.Single(await harness.EventsAsync());
        Assert.Equal(AssistantEventTypes.ReworkLimitReached, limit.Type);
        Assert.Equal(email.ThreadId, limit.ThreadId);
    }

    [Fact]
    public async Task A_redelivered_rework_after_the_label_is_gone_does_nothing()
    {
        await using var harness = await DraftingHarness.StartAsync(azurite);
        var email = await DraftedEmailAsync(harness);
        await RequestReworkAsync(harness, email, "Shorter please");
        var request = new ReworkRequested(harness.Mailbox, email.ThreadId);
        await harness.RunAsync((ReworkService s) => s.HandleAsync(request));

        var again = await harness.RunAsync((ReworkService s) => s.HandleAsync(request));

        Assert.Equal(DraftResult.Ignored, again.Result);
        Assert.Equal(1, (await harness.RecordAsync(email.Id)).ReworkCount);
    }

    private static async Task<FakeGmailMessageView> DraftedEmailAsync(DraftingHarness harness)
    {
        var email = await harness.SeedEmailAsync("Contract renewal", "Can you confirm the renewal terms?");
        await harness.RunAsync((DraftService s) => s.HandleAsync(new DraftRequested(harness.Mailbox, email.Id)));
        return email;
    }

    /// <summary>What the user does in Gmail: types above the marker in the current draft and applies Rework.</summary>
    private static async Task RequestReworkAsync(DraftingHarness harness, FakeGmailMessageView email, string? instructions)
    {
        var client = harness.Client();
        var draftId = (await harness.RecordAsync(email.Id)).DraftId!;
        var current = Assert.Single(harness.Gmail.GetDrafts(harness.Mailbox), d => d.DraftId == draftId).Message.PlainText;
        if (instructions is not null)
        {
            await client.UpdateDraftAsync(draftId, DraftMime.Reply(harness, email, instructions + "\n" + current), email.ThreadId);
        }
        await client.ModifyThreadAsync(email.ThreadId, [harness.LabelIds[AssistantLabels.Rework]]);
    }
}

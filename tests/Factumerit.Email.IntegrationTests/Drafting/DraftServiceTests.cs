using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.Drafting;
using Factumerit.Email.IntegrationTests.Drafting.Support;
using Factumerit.Email.IntegrationTests.Fakes.Llm;
using Xunit.Abstractions;
using Factumerit.Email.IntegrationTests.Infrastructure;

namespace Factumerit.Email.IntegrationTests.Drafting;

[Collection(AzuriteCollection.Name)]
public sealed class DraftServiceTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const string Subject = "Réunion lundi — ça vous va ?";

    [Fact]
    public async Task A_needs_response_email_gets_a_threaded_UTF8_draft_below_the_marker_and_moves_to_Outbox()
    {
        await using var harness = await DraftingHarness.StartAsync(azurite);
        var email = await harness.SeedEmailAsync(Subject, "Bonjour, pouvons-nous nous voir lundi à 10 h ?");

        var outcome = await harness.RunAsync((DraftService s) => s.HandleAsync(new DraftRequested(harness.Mailbox, email.Id)));
        output.WriteLine("Draft: " + DraftingHarness.Describe(outcome));

        Assert.Equal(DraftResult.Drafted, outcome.Result);
        var draft = Assert.Single(harness.DraftsIn(email.ThreadId));
        Assert.Equal(outcome.DraftId, draft.DraftId);
        var headers = RawHeaders.Read(draft.Message.Raw);
        Assert.Equal(email.MessageId, headers["In-Reply-To"]);
        Assert.Contains(email.MessageId!, headers["References"], StringComparison.Ordinal);
        Assert.StartsWith("=?utf-8?", headers["Subject"], StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Re: " + Subject, draft.Message.Subject);
        Assert.Contains("charset=utf-8", headers["Content-Type"], StringComparison.OrdinalIgnoreCase);
        Assert.Equal(ReworkMarker.Wrap(DraftingHarness.DefaultDraft), draft.Message.PlainText.ReplaceLineEndings("\n").TrimEnd());

        var labels = harness.LabelsOn(email.ThreadId);
        Assert.Contains(AssistantLabels.Outbox, labels);
        Assert.DoesNotContain(AssistantLabels.NeedsResponse, labels);
        var record = (await harness.RecordAsync(email.Id));
        Assert.Equal(EmailStatus.Drafted, record.Status);
        Assert.Equal(draft.DraftId, record.DraftId);
    }

    [Fact]
    public async Task The_prompt_follows_the_style_and_carries_related_mail_but_not_the_current_thread()
    {
        await using var harness = await DraftingHarness.StartAsync(azurite);
        harness.Gmail.SeedMessage(harness.Mailbox, DraftingHarness.Customer, harness.Mailbox, "Invoice 42", "We paid invoice 42 on 3 March.");
        var email = await harness.SeedEmailAsync("Next steps", "Shall we meet on Monday to close the project?");

        var outcome = await harness.RunAsync((DraftService s) => s.HandleAsync(new DraftRequested(harness.Mailbox, email.Id)));
        output.WriteLine("Draft with context: " + DraftingHarness.Describe(outcome));

        var request = Assert.Single(harness.DraftRequests);
        Assert.Contains("Style: business\n", request.SystemPrompt, StringComparison.Ordinal);
        Assert.Contains("Sign-off: Best regards\n", request.SystemPrompt, StringComparison.Ordinal);
        Assert.Contains("- Answer every question the sender asked", request.SystemPrompt, StringComparison.Ordinal);
        Assert.StartsWith("From: Ana Novak <ana@customer.test>\nSubject: Next steps\n\nThread:\n", request.UserContent, StringComparison.Ordinal);
        Assert.Contains("--- Related emails from your mailbox ---", request.UserContent, StringComparison.Ordinal);
        Assert.Contains("1. From: Ana Novak <ana@customer.test> | Subject: Invoice 42", request.UserContent, StringComparison.Ordinal);
        Assert.Contains("We paid invoice 42 on 3 March.", request.UserContent, StringComparison.Ordinal);
        Assert.DoesNotContain("2. From:", request.UserContent, StringComparison.Ordinal);
        Assert.Equal(2, outcome.LlmCalls);
    }

    [Fact]
    public async Task A_failing_context_model_still_drafts_without_related_mail()
    {
        await using var harness = await DraftingHarness.StartAsync(azurite);
        harness.ContextReply = _ => FakeChatReply.ServerError();
        var email = await harness.SeedEmailAsync("Next steps", "Shall we meet on Monday?");

        var outcome = await harness.RunAsync((DraftService s) => s.HandleAsync(new DraftRequested(harness.Mailbox, email.Id)));

        Assert.Equal(DraftResult.Drafted, outcome.Result);
        Assert.Contains(DraftingHarness.DefaultDraft, Assert.Single(harness.DraftsIn(email.ThreadId)).Message.PlainText.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("Related emails", Assert.Single(harness.DraftRequests).UserContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_mailbox_search_still_drafts_without_related_mail()
    {
        await using var harness = await DraftingHarness.StartAsync(azurite);
        harness.ContextReply = _ =>
        {
            // The next Gmail call after the context model answers is the search.
            harness.Gmail.FailNext(400, "invalidArgument");
            return FakeChatReply.Text("[\"from:ana@customer.test\"]");
        };
        var email = await harness.SeedEmailAsync("Next steps", "Shall we meet on Monday?");

        var outcome = await harness.RunAsync((DraftService s) => s.HandleAsync(new DraftRequested(harness.Mailbox, email.Id)));

        Assert.Equal(DraftResult.Drafted, outcome.Result);
        Assert.Contains(harness.Gmail.Requests, r => r.Operation == "messages.list" && r.Status == 400);
        Assert.DoesNotContain("Related emails", Assert.Single(harness.DraftRequests).UserContent, StringComparison.Ordinal);
        Assert.Single(harness.DraftsIn(email.ThreadId));
    }

    [Fact]
    public async Task A_failing_draft_model_leaves_the_error_visible_in_the_draft_and_completes()
    {
        await using var harness = await DraftingHarness.StartAsync(azurite);
        harness.DraftReply = _ => FakeChatReply.ServerError();
        var email = await harness.SeedEmailAsync("Next steps", "Shall we meet on Monday?");

        var outcome = await harness.RunAsync((DraftService s) => s.HandleAsync(new DraftRequested(harness.Mailbox, email.Id)));

        Assert.Equal(DraftResult.Drafted, outcome.Result);
        var body = Assert.Single(harness.DraftsIn(email.ThreadId)).Message.PlainText;
        Assert.Contains("✂️", body, StringComparison.Ordinal);
        Assert.Contains("[ERROR: Draft generation failed — ", body, StringComparison.Ordinal);
        Assert.Contains(AssistantLabels.Outbox, harness.LabelsOn(email.ThreadId));
        Assert.Equal(EmailStatus.Drafted, (await harness.RecordAsync(email.Id)).Status);
    }

    [Fact]
    public async Task A_redelivered_request_does_nothing_once_drafted()
    {
        await using var harness = await DraftingHarness.StartAsync(azurite);
        var email = await harness.SeedEmailAsync("Next steps", "Shall we meet on Monday?");
        var request = new DraftRequested(harness.Mailbox, email.Id);
        await harness.RunAsync((DraftService s) => s.HandleAsync(request));
        var llmCalls = harness.Llm.Requests.Count;

        var again = await harness.RunAsync((DraftService s) => s.HandleAsync(request));

        Assert.Equal(DraftResult.Ignored, again.Result);
        Assert.Single(harness.DraftsIn(email.ThreadId));
        Assert.Equal(llmCalls, harness.Llm.Requests.Count);
    }

    [Fact]
    public async Task Stale_AI_drafts_in_the_thread_are_trashed_but_the_users_own_draft_is_kept()
    {
        await using var harness = await DraftingHarness.StartAsync(azurite);
        var email = await harness.SeedEmailAsync("Next steps", "Shall we meet on Monday?");
        var client = harness.Client();
        var orphan = await client.CreateDraftAsync(DraftMime.Reply(harness, email, ReworkMarker.Wrap("An earlier attempt")), email.ThreadId);
        var own = await client.CreateDraftAsync(DraftMime.Reply(harness, email, "My own half-written answer"), email.ThreadId);

        await harness.RunAsync((DraftService s) => s.HandleAsync(new DraftRequested(harness.Mailbox, email.Id)));

        var drafts = harness.DraftsIn(email.ThreadId).Select(d => d.DraftId).ToList();
        Assert.Equal(2, drafts.Count);
        Assert.Contains(own.Id, drafts);
        Assert.DoesNotContain(orphan.Id, drafts);
        Assert.Contains("TRASH", harness.Gmail.GetMessage(harness.Mailbox, orphan.Message!.Id!)!.LabelIds);
    }

    [Fact]
    public async Task Two_drafts_racing_in_one_thread_leave_exactly_one_AI_draft()
    {
        await using var harness = await DraftingHarness.StartAsync(azurite);
        var first = await harness.SeedEmailAsync("Next steps", "Shall we meet on Monday?");
        var second = await harness.SeedEmailAsync("Re: Next steps", "Or Tuesday, if Monday is full?", threadId: first.ThreadId);
        // Both jobs read the thread before either has written its draft: the draft model answers only once both ask.
        using var bothAsked = new Barrier(2);
        harness.DraftReply = _ =>
        {
            bothAsked.SignalAndWait(TimeSpan.FromSeconds(30));
            return FakeChatReply.Text(DraftingHarness.DefaultDraft);
        };

        var outcomes = await Task.WhenAll(
            harness.RunAsync((DraftService s) => s.HandleAsync(new DraftRequested(harness.Mailbox, first.Id))),
            harness.RunAsync((DraftService s) => s.HandleAsync(new DraftRequested(harness.Mailbox, second.Id))));

        Assert.Equal(2, harness.DraftRequests.Count);
        var survivor = Assert.Single(harness.DraftsIn(first.ThreadId));
        Assert.True(ReworkMarker.IsPresentIn(survivor.Message.PlainText));
        Assert.Contains(outcomes, o => o.Result == DraftResult.Drafted && o.DraftId == survivor.DraftId);
        var records = new[] { await harness.RecordAsync(first.Id), await harness.RecordAsync(second.Id) };
        Assert.Contains(records, r => r.Status == EmailStatus.Drafted && r.DraftId == survivor.DraftId);
        Assert.Contains(AssistantLabels.Outbox, harness.LabelsOn(first.ThreadId));
        Assert.DoesNotContain(AssistantLabels.NeedsResponse, harness.LabelsOn(first.ThreadId));
    }
}

using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Gmail;
using Factumerit.Email.IntegrationTests.Fakes.Llm;
using Factumerit.Email.IntegrationTests.Hosting.Standalone;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Storage.Scheduler;
using Factumerit.Email.Triage;
using Factumerit.Email.Triage.Decisions;
using Microsoft.Extensions.DependencyInjection;

namespace Factumerit.Email.IntegrationTests.Triage;

/// <summary>Triage through the real host: push → sync → classify (one shared LLM call) → labels in Gmail, the log, timers.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TriagePipelineTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task New_mail_is_moved_to_its_topic_label_with_one_llm_call()
    {
        var (harness, _) = await TriageHarness.StartAsync(azurite);
        await using var _h = harness;
        harness.AnswerTriage(Categories.Fyi, TriageFolders.Feed, 0.92, "newsletter");
        var mail = harness.SeedInbound("The Weekly Digest #42", "This week in distributed systems. Unsubscribe from this newsletter.",
            "Weekly <digest@news.example>", new Dictionary<string, string> { ["List-Unsubscribe"] = "<https://news.example/u>" });

        await harness.PushAsync();

        var entry = await harness.WaitForTriageAsync(azurite, mail.Id);
        var labels = await harness.WaitForLabelAsync(mail.Id, TriageFolders.Feed);
        Assert.DoesNotContain(GmailSystemLabels.Inbox, labels.LabelIds);
        Assert.Contains(await harness.LabelIdAsync(AssistantLabels.Fyi), labels.LabelIds);
        Assert.Equal((TriageFolders.Feed, TriageSources.Llm), (entry.Decision.FinalFolder, entry.Decision.Source));
        var call = Assert.Single(harness.Llm.Requests);
        Assert.Contains("\"triage\"", call.SystemPrompt, StringComparison.Ordinal);
        Assert.Single(await harness.LlmAudit.ListForMessageAsync(harness.Mailbox, mail.Id));
    }

    [Fact]
    public async Task Low_confidence_goes_to_review_keeping_the_suggestion()
    {
        var (harness, _) = await TriageHarness.StartAsync(azurite);
        await using var _h = harness;
        harness.AnswerTriage(Categories.Fyi, TriageFolders.Invoices, 0.4);
        var mail = harness.SeedInbound("Something about your account", "Hello, here is an update.", "Ops <ops@vendor.example>");

        await harness.PushAsync();

        await harness.WaitForTriageAsync(azurite, mail.Id);
        var labels = await harness.WaitForLabelAsync(mail.Id, TriageFolders.Review);
        Assert.DoesNotContain(GmailSystemLabels.Inbox, labels.LabelIds);
        var thread = await harness.TriageStore(azurite).GetThreadAsync(harness.Mailbox, mail.ThreadId);
        Assert.Equal((TriageFolders.Review, TriageFolders.Invoices, 0.4), (thread!.FinalFolder, thread.SuggestedFolder, thread.Confidence));
        Assert.Equal("triage test answer", thread.Reasoning);
        Assert.Single(harness.Llm.Requests);
    }

    [Fact]
    public async Task With_the_llm_down_mail_goes_to_review_from_the_pattern()
    {
        var (harness, _) = await TriageHarness.StartAsync(azurite);
        await using var _h = harness;
        harness.Llm.Responder = _ => FakeChatReply.ServerError();
        var mail = harness.SeedInbound("Your receipt for order 1234", "Thank you for your purchase. Payment received.", "Shop <orders@shop.example>");

        await harness.PushAsync();

        var entry = await harness.WaitForTriageAsync(azurite, mail.Id);
        await harness.WaitForLabelAsync(mail.Id, TriageFolders.Review);
        Assert.Equal((TriageFolders.Review, TriageFolders.Invoices, TriageSources.PatternFallback, 0d),
            (entry.Decision.FinalFolder, entry.Decision.SuggestedFolder, entry.Decision.Source, entry.Decision.Confidence));
        Assert.StartsWith("LLM unavailable", entry.Decision.Reasoning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_two_factor_code_stays_in_the_inbox_and_is_trashed_after_fifteen_minutes()
    {
        var (harness, clock) = await TriageHarness.StartAsync(azurite);
        await using var _h = harness;
        harness.AnswerTriage(Categories.Fyi, "INBOX", 0.95, "2fa", 15);
        var mail = harness.SeedInbound("Your verification code is 847291", "Use 847291 to sign in. It expires in 10 minutes.",
            "Bank <no-reply@bank.example>");

        await harness.PushAsync();

        await harness.WaitForTriageAsync(azurite, mail.Id);
        Assert.Contains(GmailSystemLabels.Inbox, harness.Gmail.GetMessage(harness.Mailbox, mail.Id)!.LabelIds);
        var sweeper = harness.Services.GetRequiredService<ScheduleSweeper>();
        clock.Advance(TimeSpan.FromMinutes(14));
        await sweeper.SweepAsync();
        Assert.DoesNotContain(GmailSystemLabels.Trash, harness.Gmail.GetMessage(harness.Mailbox, mail.Id)!.LabelIds);

        clock.Advance(TimeSpan.FromMinutes(2));
        await sweeper.SweepAsync();

        await ListenerHarness.EventuallyAsync(() => harness.Gmail.GetMessage(harness.Mailbox, mail.Id)!.LabelIds.Contains(GmailSystemLabels.Trash),
            "the code to be trashed");
    }
}

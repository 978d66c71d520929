using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Classification;
using Factumerit.Email.Assistant.Gmail;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Tests.Assistant;
using Factumerit.Email.Tests.Support;
using Factumerit.Email.Triage;
using Factumerit.Email.Triage.Learning;
using Factumerit.Email.Triage.Timers;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Tests.Triage;

public sealed class TriageHookTests
{
    private const string Me = "me@home.example";
    private readonly FakeTimeProvider _time = new();
    private readonly MemoryMailboxes _mailboxes = new();
    private readonly MemoryGmail _gmail = new();
    private readonly MemoryTriageStore _store = new();
    private readonly ClockScheduler _scheduler;
    private readonly TriageHook _hook;

    public TriageHookTests()
    {
        _scheduler = new ClockScheduler(_time);
        var applier = new TriageApplier(_mailboxes, _gmail);
        var rules = new SenderRules(_store, NullLogger<SenderRules>.Instance);
        _hook = new TriageHook(_store, _mailboxes, applier, new TriageSchedules(_scheduler, applier, _time), rules, _time, NullLogger<TriageHook>.Instance);
        _scheduler.Handlers[TriageActions.Trash] = new TriageTrashHandler(_mailboxes, _gmail);
        _scheduler.Handlers[TriageActions.Archive] = new TriageArchiveHandler(_mailboxes, _gmail, applier, _store);
        _scheduler.Handlers[TriageActions.Resurface] = new TriageResurfaceHandler(_mailboxes, _gmail, _scheduler, _store);
        _scheduler.Handlers[TriageActions.Waiting] = new TriageWaitingHandler(_mailboxes, _gmail, _store);
        _mailboxes.Rows[Me] = new Mailbox
        {
            Address = Me,
            Credential = new MailboxCredentialRef { Kind = MailboxCredentialKind.RefreshToken, RefreshTokenSetting = "Mailboxes__me__RefreshToken" },
            Settings = new MailboxSettings { TriageEnabled = true },
            LabelIds = new Dictionary<string, string> { [AssistantLabels.Waiting] = "Label_Waiting" },
        };
    }

    private static string Answer(string category, string triageJson) =>
        $$"""{"category":"{{category}}","confidence":"high","reasoning":"r","detected_language":"en","resolved_style":"business","triage":{{triageJson}}}""";

    private async Task<ClassificationResult> ClassifyAsync(StubLlmClient llm, string from, string subject, string messageId = "m1", string threadId = "t1",
        bool fromUser = false)
    {
        IReadOnlyList<string> labels = fromUser ? [GmailSystemLabels.Sent] : [GmailSystemLabels.Inbox];
        var message = new GmailThreadMessage(messageId, labels, [KeyValuePair.Create("From", from), KeyValuePair.Create("Subject", subject),
            KeyValuePair.Create("To", fromUser ? "client@corp.example" : Me)], "body", null, _time.GetUtcNow());
        var thread = _gmail.Threads.TryGetValue(threadId, out var existing)
            ? existing with { Messages = [.. existing.Messages, message] }
            : new GmailThreadSnapshot(threadId, [message]);
        _gmail.Threads[threadId] = thread;
        var classifier = new EmailClassifier(new LlmClassifier(llm, StyleCatalog.Default), StyleCatalog.Default, _hook,
            Options.Create(new AssistantOptions()));
        var mailbox = _mailboxes.Rows[Me];
        return await classifier.ClassifyAsync(ThreadInput.For(thread, message), mailbox.Settings, (Me, messageId));
    }

    private string Label(string name) => _mailboxes.Rows[Me].LabelId(name)!;

    [Fact]
    public async Task One_llm_call_classifies_and_triages_and_the_whole_thread_moves_out_of_the_inbox()
    {
        var llm = StubLlmClient.Answering(Answer("fyi",
            """{"folder":"Paper-Trail/Invoices","tags":["invoice"],"confidence":0.92,"snoozeUntil":null,"autoDeleteMinutes":null,"patternAgreed":true,"reasoning":"a receipt"}"""));

        var result = await ClassifyAsync(llm, "billing@saas.example", "Your receipt for March");

        var request = Assert.Single(llm.Requests);
        Assert.Contains("Our pattern matcher suggests: Paper-Trail/Invoices", request.SystemPrompt, StringComparison.Ordinal);
        Assert.Contains("Paper-Trail/Travel", request.SystemPrompt, StringComparison.Ordinal);
        Assert.Equal(Categories.Fyi, result.Category);
        Assert.Contains(Label(TriageFolders.Invoices), _gmail.LabelsOf("t1"));
        Assert.DoesNotContain(GmailSystemLabels.Inbox, _gmail.LabelsOf("t1"));
        var log = Assert.Single(_store.Log);
        Assert.Equal(("Paper-Trail/Invoices", "Paper-Trail/Invoices", 0.92, true, "llm"),
            (log.Decision.PatternFolder, log.Decision.FinalFolder, log.Decision.Confidence, log.Decision.PatternAgreed, log.Decision.Source));
    }

    [Fact]
    public async Task An_unreadable_answer_sends_the_thread_to_review_with_the_patterns_suggestion()
    {
        var result = await ClassifyAsync(StubLlmClient.Answering("not json"), "deals@shop.example", "40% off everything");

        Assert.Contains(Label(TriageFolders.Review), _gmail.LabelsOf("t1"));
        Assert.Equal((TriageFolders.Review, TriageFolders.Promotions, "pattern-fallback"),
            (_store.Threads["t1"].FinalFolder, _store.Threads["t1"].SuggestedFolder, _store.Threads["t1"].Source));
        Assert.Equal(ClassificationTier.Fallback, result.Tier);
    }

    [Fact]
    public async Task A_two_factor_code_stays_in_the_inbox_and_goes_to_trash_after_fifteen_minutes()
    {
        var llm = StubLlmClient.Answering(Answer("fyi", """{"folder":"INBOX","tags":["2fa"],"confidence":0.95,"reasoning":"code"}"""));

        await ClassifyAsync(llm, "noreply@bank.example", "Your verification code");
        _time.Advance(TimeSpan.FromMinutes(14));
        await _scheduler.RunDueAsync();
        Assert.Empty(_gmail.Trashed);
        Assert.Contains(GmailSystemLabels.Inbox, _gmail.LabelsOf("t1"));

        _time.Advance(TimeSpan.FromMinutes(1));
        await _scheduler.RunDueAsync();
        Assert.Equal(["m1"], _gmail.Trashed);
    }

    [Fact]
    public async Task Promotions_are_archived_after_the_mailboxs_days_and_never_means_never()
    {
        var llm = StubLlmClient.Answering(Answer("fyi", """{"folder":"Promotions","tags":["promo"],"confidence":0.9,"reasoning":"sale"}"""));
        await ClassifyAsync(llm, "deals@shop.example", "40% off everything");
        _time.Advance(TimeSpan.FromDays(7));
        await _scheduler.RunDueAsync();
        Assert.Contains(Label(TriageFolders.Archive), _gmail.LabelsOf("t1"));
        Assert.DoesNotContain(Label(TriageFolders.Promotions), _gmail.LabelsOf("t1"));

        _mailboxes.Rows[Me] = _mailboxes.Rows[Me] with { Settings = new MailboxSettings { TriageEnabled = true, Triage = new TriageSettings { PromotionArchiveDays = null } } };
        await ClassifyAsync(llm, "deals@shop.example", "40% off everything", "m2", "t2");
        Assert.DoesNotContain(_scheduler.Pending, p => p.Action == TriageActions.Archive);
    }

    [Fact]
    public async Task Shipping_is_snoozed_until_delivery_then_resurfaces_and_is_archived_three_days_later()
    {
        var llm = StubLlmClient.Answering(Answer("fyi",
            """{"folder":"INBOX","tags":["shipping"],"confidence":0.9,"snoozeUntil":"2025-01-05T00:00:00Z","reasoning":"parcel"}"""));
        await ClassifyAsync(llm, "ship@store.example", "Your package has shipped");
        Assert.DoesNotContain(GmailSystemLabels.Inbox, _gmail.LabelsOf("t1"));

        _time.SetUtcNow(new DateTimeOffset(2025, 1, 5, 0, 0, 0, TimeSpan.Zero));
        await _scheduler.RunDueAsync();
        Assert.Contains(GmailSystemLabels.Inbox, _gmail.LabelsOf("t1"));

        _time.Advance(TimeSpan.FromDays(3));
        await _scheduler.RunDueAsync();
        Assert.Contains(Label(TriageFolders.Archive), _gmail.LabelsOf("t1"));
        Assert.DoesNotContain(GmailSystemLabels.Inbox, _gmail.LabelsOf("t1"));
    }

    [Fact]
    public async Task Shipping_mail_stays_in_the_inbox_when_the_timer_that_brings_it_back_cannot_be_scheduled()
    {
        var llm = StubLlmClient.Answering(Answer("fyi",
            """{"folder":"INBOX","tags":["shipping"],"confidence":0.9,"snoozeUntil":"2025-01-05T00:00:00Z","reasoning":"parcel"}"""));
        _scheduler.Failing = TriageActions.Resurface;

        await Assert.ThrowsAsync<InvalidOperationException>(() => ClassifyAsync(llm, "ship@store.example", "Your package has shipped"));

        Assert.Contains(GmailSystemLabels.Inbox, _gmail.LabelsOf("t1"));
    }

    [Fact]
    public async Task Sent_mail_resurfaces_as_waiting_without_a_reply_and_a_reply_cancels_it()
    {
        var llm = StubLlmClient.Answering(Answer("needs_response", """{"folder":"INBOX","confidence":0.9,"reasoning":"person"}"""));
        await ClassifyAsync(llm, Me, "Proposal", "s1", "t1", fromUser: true);
        await ClassifyAsync(llm, Me, "Other proposal", "s2", "t2", fromUser: true);
        await ClassifyAsync(llm, "client@corp.example", "Re: Other proposal", "r2", "t2");
        Assert.Single(llm.Requests);

        _time.Advance(TimeSpan.FromDays(3));
        await _scheduler.RunDueAsync();

        Assert.Contains("Label_Waiting", _gmail.LabelsOf("t1"));
        Assert.Contains(GmailSystemLabels.Inbox, _gmail.LabelsOf("t1"));
        Assert.DoesNotContain("Label_Waiting", _gmail.LabelsOf("t2"));
    }

    [Fact]
    public async Task Five_corrections_for_a_domain_make_a_rule_that_skips_the_model()
    {
        var rules = new SenderRules(_store, NullLogger<SenderRules>.Instance);
        for (var i = 0; i < 5; i++)
        {
            await rules.LearnAsync(new TrainingExample(Me, "x" + i, "shop.example", "s", "Promotions", "Feed", true, TrainingSources.ManualMove,
                _time.GetUtcNow()), _mailboxes.Rows[Me].Settings);
        }
        var llm = StubLlmClient.Answering("unused");

        await ClassifyAsync(llm, "List <news@shop.example>", "Weekly deals", "m9", "t9");

        Assert.Equal((5, true), (_store.Rules["shop.example"].CorrectionCount, _store.Rules["shop.example"].AutoApply));
        Assert.Equal("sender_rule", _store.Threads["t9"].Source);
        Assert.Contains(Label(TriageFolders.Feed), _gmail.LabelsOf("t9"));
    }
}

using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Classification;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Llm;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Tests.Assistant;

public sealed class EmailClassifierTests
{
    private static readonly ClassificationInput Person = new()
    {
        From = "Jana Nováková <jana@client.example>",
        Subject = "Dotaz",
        Body = "Můžete mi poslat nabídku?",
    };

    private static readonly ClassificationInput Newsletter = Person with
    {
        From = "news@shop.example",
        Headers = [KeyValuePair.Create("List-Unsubscribe", "<mailto:u@shop.example>")],
    };

    private static EmailClassifier Classifier(ILlmClient llm, ITriageHook? triage = null) =>
        new(new LlmClassifier(llm, StyleCatalog.Default), StyleCatalog.Default, triage ?? NullTriageHook.Instance,
            Options.Create(new AssistantOptions()));

    private static string Answer(string category, string confidence = "high", string? style = "casual") =>
        $$"""{"category":"{{category}}","confidence":"{{confidence}}","reasoning":"because","detected_language":"cs","resolved_style":"{{style}}"}""";

    [Fact]
    public async Task A_persons_mail_goes_to_the_llm_once_at_temperature_zero_in_json_mode()
    {
        var llm = StubLlmClient.Answering(Answer(Categories.NeedsResponse));

        var result = await Classifier(llm).ClassifyAsync(Person, new MailboxSettings());

        Assert.Equal((Categories.NeedsResponse, "high", "cs", "casual", ClassificationTier.Llm), (result.Category, result.Confidence, result.Language, result.Style, result.Tier));
        var request = Assert.Single(llm.Requests);
        Assert.Equal((LlmUseCase.Classify, 0f, true), (request.UseCase, request.Temperature, request.JsonMode));
        Assert.Contains("From: Jana Nováková <jana@client.example>", request.UserContent, StringComparison.Ordinal);
        Assert.Contains("Messages in thread: 1", request.UserContent, StringComparison.Ordinal);
        Assert.Contains("business, casual, formal", request.SystemPrompt, StringComparison.Ordinal);
        Assert.Equal((1, 120, 20), (result.LlmCalls, result.PromptTokens, result.CompletionTokens));
    }

    [Fact]
    public async Task The_body_is_truncated_to_2000_characters_and_the_snippet_stands_in_for_a_missing_body()
    {
        var llm = StubLlmClient.Answering(Answer(Categories.Fyi));
        var classifier = Classifier(llm);

        await classifier.ClassifyAsync(Person with { Body = new string('x', 5000) }, new MailboxSettings());
        await classifier.ClassifyAsync(Person with { Body = "", Snippet = "only the snippet" }, new MailboxSettings());

        Assert.Contains("truncated to 2000 of 5000 characters", llm.Requests[0].UserContent, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('x', 2001), llm.Requests[0].UserContent, StringComparison.Ordinal);
        Assert.Contains("only the snippet", llm.Requests[1].UserContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Automated_mail_is_fyi_without_an_llm_call()
    {
        var llm = StubLlmClient.Answering(Answer(Categories.NeedsResponse));

        var result = await Classifier(llm).ClassifyAsync(Newsletter, new MailboxSettings { DefaultLanguage = "cs" });

        Assert.Empty(llm.Requests);
        Assert.Equal((Categories.Fyi, "high", ClassificationTier.Rule, true), (result.Category, result.Confidence, result.Tier, result.IsAutomated));
        Assert.Equal("automated: list_unsubscribe", result.Reasoning);
        Assert.Equal(("cs", "business"), (result.Language, result.Style));
    }

    [Fact]
    public async Task With_triage_on_automated_mail_makes_one_call_that_serves_both_and_the_safety_net_still_holds()
    {
        var llm = StubLlmClient.Answering(Answer(Categories.NeedsResponse));
        var triage = new RecordingTriageHook();

        var result = await Classifier(llm, triage).ClassifyAsync(Newsletter, new MailboxSettings { TriageEnabled = true }, ("me@x.example", "m1"));

        var request = Assert.Single(llm.Requests);
        Assert.Contains(RecordingTriageHook.Addendum, request.SystemPrompt, StringComparison.Ordinal);
        Assert.Equal(Categories.Fyi, result.Category);
        Assert.True(result.SafetyNetApplied);
        var seen = Assert.Single(triage.Seen);
        Assert.Equal(("me@x.example", "m1"), (seen.Mailbox, seen.MessageId));
        Assert.Contains("needs_response", seen.Result.LlmAnswer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_user_having_sent_last_is_waiting_without_an_llm_call()
    {
        var llm = StubLlmClient.Answering(Answer(Categories.NeedsResponse));

        var result = await Classifier(llm).ClassifyAsync(Person with { UserSentLast = true, MessagesInThread = 3 }, new MailboxSettings());

        Assert.Empty(llm.Requests);
        Assert.Equal((Categories.Waiting, ClassificationTier.Thread), (result.Category, result.Tier));
    }

    [Theory]
    [InlineData("I think it is a newsletter.", "parse_error")]
    [InlineData("""{"category":"spam","confidence":"high"}""", "unknown_category")]
    [InlineData("", "parse_error")]
    public async Task Nonsense_from_the_llm_falls_back_to_needs_response_with_low_confidence(string answer, string why)
    {
        var result = await Classifier(StubLlmClient.Answering(answer)).ClassifyAsync(Person, new MailboxSettings());

        Assert.Equal((Categories.NeedsResponse, "low", ClassificationTier.Fallback, why), (result.Category, result.Confidence, result.Tier, result.Fallback));
    }

    [Theory]
    [InlineData(LlmFailure.ServiceError, 1)]
    [InlineData(LlmFailure.NotConfigured, 0)]
    public async Task An_llm_error_falls_back_to_needs_response_with_low_confidence(LlmFailure failure, int calls)
    {
        var result = await Classifier(StubLlmClient.Failing(failure)).ClassifyAsync(Person, new MailboxSettings());

        Assert.Equal((Categories.NeedsResponse, "low", calls), (result.Category, result.Confidence, result.LlmCalls));
        Assert.StartsWith("llm_error", result.Fallback, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_style_is_business_and_a_fenced_answer_is_read()
    {
        var llm = StubLlmClient.Answering("```json\n{\"category\":\"payment_request\",\"confidence\":\"medium\",\"reasoning\":\"invoice\"}\n```");

        var result = await Classifier(llm).ClassifyAsync(Person, new MailboxSettings { DefaultLanguage = "de" });

        Assert.Equal((Categories.PaymentRequest, "medium", "business", "de"), (result.Category, result.Confidence, result.Style, result.Language));
    }

    private sealed class RecordingTriageHook : ITriageHook
    {
        public const string Addendum = "Also return \"topic\".";

        public List<TriageContext> Seen { get; } = [];

        public Task<TriagePlan> PrepareAsync(TriageRequest request, CancellationToken cancellationToken = default) =>
            Task.FromResult(new TriagePlan(Addendum, true));

        public Task OnClassifiedAsync(TriageContext context, CancellationToken cancellationToken = default)
        {
            Seen.Add(context);
            return Task.CompletedTask;
        }
    }
}

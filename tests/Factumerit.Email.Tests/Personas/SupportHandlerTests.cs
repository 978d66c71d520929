using Factumerit.Email.Llm;
using Factumerit.Email.Personas;
using Factumerit.Email.Personas.Handlers;
using Factumerit.Email.Personas.Handlers.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Factumerit.Email.Tests.PersonaHandlers;

public sealed class SupportHandlerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("faq").FullName;

    public SupportHandlerTests() =>
        File.WriteAllText(Path.Combine(_folder, "faq.md"), "## How do I reset my password?\nUse the 'Forgot password' link on the sign-in page.");

    [Fact]
    public async Task Answers_from_the_faq_greeting_a_known_user_by_name()
    {
        var llm = new ScriptedLlmClient().Answer("{\"answer\": \"Use the 'Forgot password' link.\", \"can_answer\": true}");

        var result = await Handle(llm, "How do I reset my password?", user: new SenderUser("u1", "Ana Lima"));

        Assert.StartsWith("Hi Ana,\n\nUse the 'Forgot password' link.", result.ResponseText, StringComparison.Ordinal);
        Assert.Null(result.Escalation);
        Assert.Null(result.ForwardTo);
        var request = Assert.Single(llm.Requests);
        Assert.Contains("Forgot password", request.SystemPrompt, StringComparison.Ordinal);
        Assert.Contains(UntrustedContent.OpenMarker + " Customer's latest message", request.UserContent, StringComparison.Ordinal);
        Assert.True(request.JsonMode);
    }

    [Fact]
    public async Task Unknown_senders_get_a_plain_greeting()
    {
        var llm = new ScriptedLlmClient().Answer("{\"answer\": \"Use the link.\", \"can_answer\": true}");

        var result = await Handle(llm, "How do I reset my password?");

        Assert.StartsWith("Hi,\n\n", result.ResponseText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Can I talk to a human please?", EscalationReason.CustomerRequest)]
    [InlineData("I want to speak with someone from your team", EscalationReason.CustomerRequest)]
    [InlineData("Please refund my last payment", EscalationReason.PolicyRestriction)]
    [InlineData("I was charged twice this month", EscalationReason.PolicyRestriction)]
    [InlineData("I want to dispute this invoice", EscalationReason.PolicyRestriction)]
    [InlineData("Under GDPR, delete my data", EscalationReason.PolicyRestriction)]
    [InlineData("My lawyer will be in touch", EscalationReason.PolicyRestriction)]
    [InlineData("I want to file a complaint", EscalationReason.UnsupportedRequest)]
    [InlineData("Please close my account", EscalationReason.UnsupportedRequest)]
    public async Task Triggers_escalate_before_any_model_call(string text, EscalationReason reason)
    {
        var llm = new ScriptedLlmClient();

        var result = await Handle(llm, text);

        Assert.Equal(reason, result.Escalation!.Reason);
        Assert.Equal("help@factumerit.app", result.ForwardTo!.Address);
        Assert.False(string.IsNullOrWhiteSpace(result.Escalation.Summary));
        Assert.Contains("team", result.ResponseText, StringComparison.Ordinal);
        Assert.Empty(llm.Requests);
    }

    [Theory]
    [InlineData("My task manager view is empty, how do I add an agenda?")]
    [InlineData("Is there an issue with the calendar sync?")]
    public async Task Ordinary_questions_do_not_trip_the_triggers(string text)
    {
        var llm = new ScriptedLlmClient().Answer("{\"answer\": \"Here is how.\", \"can_answer\": true}");

        var result = await Handle(llm, text);

        Assert.Null(result.Escalation);
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public async Task The_fourth_message_past_three_turns_escalates(int turnCount, bool escalates)
    {
        var llm = new ScriptedLlmClient().Answer("{\"answer\": \"Sure.\", \"can_answer\": true}");

        var result = await Handle(llm, "And another thing?", turnCount: turnCount);

        Assert.Equal(escalates, result.Escalation?.Reason == EscalationReason.MaxTurns);
    }

    [Fact]
    public async Task An_answer_the_faq_does_not_cover_escalates_as_missing_knowledge()
    {
        var llm = new ScriptedLlmClient().Answer("{\"answer\": \"\", \"can_answer\": false}", 80, 5);

        var result = await Handle(llm, "Does Factumerit integrate with my fridge?");

        Assert.Equal(EscalationReason.MissingKnowledge, result.Escalation!.Reason);
        Assert.Equal(85, result.TokensUsed);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_model_outage_or_an_unreadable_answer_escalates_rather_than_sending_nothing(bool outage)
    {
        var llm = outage ? new ScriptedLlmClient().Fail() : new ScriptedLlmClient().Answer("Sure! Your password...");

        var result = await Handle(llm, "How do I reset my password?");

        Assert.Equal(EscalationReason.MissingKnowledge, result.Escalation!.Reason);
        Assert.True(result.ShouldRespond);
        Assert.False(string.IsNullOrWhiteSpace(result.ResponseText));
    }

    [Fact]
    public async Task A_missing_faq_file_escalates_without_calling_the_model()
    {
        var llm = new ScriptedLlmClient();

        var result = await Handle(llm, "How do I reset my password?", faqFile: "missing.md");

        Assert.Equal(EscalationReason.MissingKnowledge, result.Escalation!.Reason);
        Assert.Empty(llm.Requests);
    }

    [Fact]
    public async Task The_faq_is_read_once_and_reused()
    {
        var library = new ContentFiles();
        var path = Path.Combine(_folder, "faq.md");

        var first = await library.GetAsync(path);
        File.WriteAllText(path, "changed");
        var second = await library.GetAsync(path);

        Assert.Same(first, second);
    }

    [Fact]
    public async Task The_prompt_stays_within_the_routes_token_budget()
    {
        File.WriteAllText(Path.Combine(_folder, "big.md"), string.Concat(Enumerable.Repeat("Q: something?\nA: an answer.\n", 5000)));
        var llm = new ScriptedLlmClient().Answer("{\"answer\": \"ok\", \"can_answer\": true}");

        await Handle(llm, new string('x', 50_000), faqFile: "big.md");

        var request = Assert.Single(llm.Requests);
        var estimatedTokens = (request.SystemPrompt.Length + request.UserContent.Length) / LlmBudget.CharsPerToken + request.MaxOutputTokens;
        Assert.InRange(estimatedTokens!.Value, 1, 2000 * 1.1);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Task<HandlerResult> Handle(ScriptedLlmClient llm, string text, SenderUser? user = null, int turnCount = 0,
        string faqFile = "faq.md")
    {
        var config = new Dictionary<string, object>
        {
            ["faq_file"] = faqFile,
            ["escalate_to"] = "help@factumerit.app",
            ["max_turns"] = "3",
        };
        var context = Contexts.For("support", text, config, user, turnCount: turnCount, baseDirectory: _folder) with { LlmTokenBudget = 2000 };
        return new SupportHandler(llm, new ContentFiles(), NullLogger<SupportHandler>.Instance).HandleAsync(context, CancellationToken.None);
    }
}

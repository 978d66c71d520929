using Factumerit.Email.Llm;
using Factumerit.Email.Mail;
using Factumerit.Email.Personas.Handlers.Support;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Personas.Handlers;

/// <summary>
/// Tier-1 support: answers from the FAQ file (<c>faq_file</c>) and hands the thread to <c>escalate_to</c> when the
/// sender asks for a person, a billing, legal or complaint trigger fires, the FAQ has no answer, the model is
/// unavailable, or the thread reaches <c>max_turns</c>. The re-send of an unanswered escalation is
/// <see cref="Support.SupportEscalationObserver"/>'s job.
/// </summary>
public sealed class SupportHandler(ILlmClient llm, ContentFiles faqs, ILogger<SupportHandler> logger) : IEmailHandler
{
    public const int DefaultMaxTurns = 3;

    public string Name => PersonaNames.Support;

    public async Task<HandlerResult> HandleAsync(EmailContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var greeting = Greeting(context.SenderUser);
        var escalateTo = context.Config.GetAddress("escalate_to");

        var maxTurns = context.Config.GetInt32("max_turns") ?? DefaultMaxTurns;
        if (context.TurnCount >= maxTurns)
        {
            return Escalate(context, greeting, escalateTo, EscalationReason.MaxTurns,
                $"The thread reached max_turns ({maxTurns}) without being resolved.");
        }
        if (EscalationTriggers.Detect(context.ReplyText) is { } trigger)
        {
            return Escalate(context, greeting, escalateTo, trigger.Reason, trigger.Summary);
        }

        string faq;
        try
        {
            faq = context.Config.GetFilePath("faq_file") is { } path ? await faqs.GetAsync(path, cancellationToken).ConfigureAwait(false) : "";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Log.ContentMissing(logger, ex, Name, "faq_file");
            faq = "";
        }
        if (faq.Length == 0)
        {
            return Escalate(context, greeting, escalateTo, EscalationReason.MissingKnowledge, "No FAQ is available to answer from.");
        }

        var system = SupportPrompt.System(faq, context.LlmTokenBudget);
        var budget = LlmBudget.For(context.LlmTokenBudget, system, preferredOutputTokens: 400);
        LlmResponse response;
        try
        {
            response = await llm.CompleteAsync(new LlmRequest(LlmUseCase.Persona, system, SupportPrompt.User(context, budget))
            {
                JsonMode = true,
                MaxOutputTokens = budget.MaxOutputTokens,
                Temperature = 0.2f,
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (LlmUnavailableException ex)
        {
            Log.LlmUnavailable(logger, Name, PersonaAddresses.Hash(context.From), ex.Failure.ToString());
            return Escalate(context, greeting, escalateTo, EscalationReason.MissingKnowledge,
                "The assistant could not answer (the language model was unavailable).");
        }

        var tokens = response.PromptTokens + response.CompletionTokens;
        if (!LlmJson.TryParse(response.Text, SupportJsonContext.Default.SupportAnswer, out var answer))
        {
            Log.LlmAnswerInvalid(logger, Name, PersonaAddresses.Hash(context.From));
            return Escalate(context, greeting, escalateTo, EscalationReason.MissingKnowledge,
                "The assistant's answer could not be read.") with { TokensUsed = tokens };
        }
        if (answer!.CanAnswer != true || string.IsNullOrWhiteSpace(answer.Answer) || response.Truncated)
        {
            return Escalate(context, greeting, escalateTo, EscalationReason.MissingKnowledge,
                "The FAQ does not cover the question.") with { TokensUsed = tokens };
        }

        var reply = $"{greeting}\n\n{answer.Answer.Trim()}\n\n{SignOff}";
        return HandlerResult.Reply(reply) with
        {
            TokensUsed = tokens,
            Metadata = new Dictionary<string, string> { ["answered_from"] = "faq" },
        };
    }

    internal const string SignOff =
        "Best regards,\nFactumerit Support (automated assistant)\n\nReply \"human\" at any time to reach a person.";

    /// <summary>"Hi Ana," for a known user with a name; "Hi," for anyone else.</summary>
    public static string Greeting(SenderUser? user)
    {
        var name = user?.DisplayName?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return "Hi,";
        }
        var first = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        return $"Hi {first},";
    }

    private HandlerResult Escalate(EmailContext context, string greeting, EmailAddress? escalateTo, EscalationReason reason, string summary)
    {
        Log.Escalated(logger, context.ThreadId ?? "(new)", Escalation.ToCode(reason), PersonaAddresses.Hash(context.From));
        if (escalateTo is null)
        {
            // Nobody to hand over to: say so rather than promise a person who will never come.
            Log.MissingConfig(logger, Name, "escalate_to", "escalated");
            return HandlerResult.Reply($"{greeting}\n\nThanks for your message. I'm not able to help with this one, and no one "
                + "from the team can be reached through this address right now. Please try again later.\n\n" + SignOff) with
            {
                Metadata = new Dictionary<string, string> { ["escalation_refused"] = Escalation.ToCode(reason) },
            };
        }
        var acknowledgement = $"{greeting}\n\n{Acknowledgement(reason)}\n\nBest regards,\nFactumerit Support";
        return HandlerResult.Escalate(reason, acknowledgement, escalateTo, summary);
    }

    private static string Acknowledgement(EscalationReason reason) => reason switch
    {
        EscalationReason.CustomerRequest =>
            "Of course. I've passed your message to a member of our team, who will reply to you in this thread.",
        EscalationReason.PolicyRestriction =>
            "Thanks for getting in touch. Questions like this one are handled by a person on our team, so I've passed "
            + "your message on. They will reply to you in this thread.",
        EscalationReason.MaxTurns =>
            "Thanks for bearing with me. Since we've gone back and forth a few times, I've asked a member of our team "
            + "to take over. They will reply to you in this thread.",
        _ => "Thanks for your message. I don't have a good answer for this one, so I've passed it to a member of our "
            + "team, who will reply to you in this thread.",
    };
}

using Factumerit.Email.Llm;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Personas.Handlers.Onboard;

/// <summary>Answers a new user's reply with the welcome mail as the only knowledge; a fixed text when the model is out.</summary>
public sealed class OnboardAnswers(ILlmClient llm, ILogger<OnboardAnswers> logger)
{
    public async Task<(string Text, int Tokens)> AnswerAsync(EmailContext context, RenderedMail welcome, string support,
        CancellationToken cancellationToken)
    {
        var system = UntrustedContent.WithInstruction(
            "You are the onboarding assistant of Factumerit, a task-management service with an email assistant called eis. " +
            "A new user replied to their welcome email. Answer briefly and kindly in plain text, without a greeting or a " +
            "signature, in the language they wrote in, using only the welcome email below. If it does not answer their " +
            $"question, say so and suggest they write to {support}.\n\nWelcome email:\n{welcome.Text}");
        var budget = LlmBudget.For(context.LlmTokenBudget, system, preferredOutputTokens: 400);
        try
        {
            var response = await llm.CompleteAsync(new LlmRequest(LlmUseCase.Persona, system,
                UntrustedContent.Wrap("User's reply", context.ReplyText, budget.MaxInputChars))
            {
                MaxOutputTokens = budget.MaxOutputTokens,
            }, cancellationToken).ConfigureAwait(false);
            var tokens = response.PromptTokens + response.CompletionTokens;
            return string.IsNullOrWhiteSpace(response.Text) ? (Fallback(support), tokens) : (response.Text.Trim(), tokens);
        }
        catch (LlmUnavailableException ex)
        {
            Log.LlmUnavailable(logger, PersonaNames.Onboard, PersonaAddresses.Hash(context.From), ex.Failure.ToString());
            return (Fallback(support), 0);
        }
    }

    private static string Fallback(string support) =>
        $"Thanks for your reply! If you have a question, {support} will be glad to help.";
}

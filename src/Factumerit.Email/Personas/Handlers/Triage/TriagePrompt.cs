using Factumerit.Email.Llm;

namespace Factumerit.Email.Personas.Handlers.Triage;

internal static class TriagePrompt
{
    public static string System(IReadOnlyList<string> labels) => UntrustedContent.WithInstruction(
        "You sort email sent to a small software team's inbox. " +
        $"Allowed labels: {string.Join(", ", labels)}. Pick every label that applies, and none that does not. " +
        "Pick a priority: low, normal or high (high when something is broken for users, urgent, or time-critical). " +
        "Answer with one JSON object and nothing else, exactly in this shape: " +
        "{\"labels\": [\"label\", ...], \"priority\": \"low|normal|high\"}.");

    public static string User(EmailContext context, LlmBudget budget)
    {
        var body = string.IsNullOrWhiteSpace(context.ReplyText) ? context.Text : context.ReplyText;
        return UntrustedContent.Wrap("Email subject", context.Subject, 300) + "\n\n"
            + UntrustedContent.Wrap("Email body", body, budget.MaxInputChars);
    }
}

using System.Text;
using Factumerit.Email.Llm;

namespace Factumerit.Email.Personas.Handlers.Support;

internal static class SupportPrompt
{
    private const string Instructions =
        "You are the tier-1 support assistant of Factumerit, a task-management service with an email assistant called eis. " +
        "Answer the customer's latest message using ONLY the FAQ below. If the FAQ does not answer it, do not guess: " +
        "set can_answer to false. Keep answers short, friendly and in plain text, without a greeting or a signature, " +
        "in the language the customer wrote in. Never promise refunds, changes to accounts or anything the FAQ does not state. " +
        "Answer with one JSON object and nothing else: {\"answer\": \"...\", \"can_answer\": true} or " +
        "{\"answer\": \"\", \"can_answer\": false}.";

    /// <summary>The FAQ is our own content, so it belongs in the system prompt; it takes at most half the budget.</summary>
    public static string System(string faq, int tokenBudget)
    {
        var faqChars = Math.Max(500, tokenBudget * LlmBudget.CharsPerToken / 2 - Instructions.Length);
        var kept = faq.Length <= faqChars ? faq : faq[..faqChars];
        return UntrustedContent.WithInstruction(Instructions + "\n\nFAQ:\n" + kept.Trim());
    }

    public static string User(EmailContext context, LlmBudget budget)
    {
        var text = new StringBuilder();
        if (context.ConversationHistory.Count > 0)
        {
            var history = string.Join("\n\n", context.ConversationHistory.Select(t =>
                (t.Role == ConversationRole.Sender ? "Customer: " : "Assistant: ") + t.Text));
            text.Append(UntrustedContent.Wrap("Earlier messages", Tail(history, budget.Share(0.4)), budget.Share(0.4))).Append("\n\n");
        }
        text.Append(UntrustedContent.Wrap("Email subject", context.Subject, 300)).Append("\n\n");
        text.Append(UntrustedContent.Wrap("Customer's latest message", context.ReplyText, budget.Share(0.5)));
        return text.ToString();
    }

    /// <summary>The most recent part of the history matters most.</summary>
    private static string Tail(string text, int maxChars) => text.Length <= maxChars ? text : text[^maxChars..];
}

using System.Globalization;
using System.Text;
using Factumerit.Email.Llm;

namespace Factumerit.Email.Assistant.Classification;

/// <summary>The classification prompt (spec 002 "LLM Classification", spec 004 "Tier 2").</summary>
public static class ClassificationPrompt
{
    public static string System(StyleCatalog styles, string? triageAddendum)
    {
        ArgumentNullException.ThrowIfNull(styles);
        var prompt = new StringBuilder()
            .AppendLine("You classify one email in a busy professional's Gmail inbox. Choose exactly ONE category:")
            .AppendLine("- needs_response: a direct question or personal request to the reader, or a social obligation to reply.")
            .AppendLine("- action_required: a meeting request or calendar invitation, a signature, an approval, a task with a deadline; no written reply is needed.")
            .AppendLine("- payment_request: an invoice, bill or amount due that is still UNPAID. Receipts, payment confirmations and paid invoices are fyi.")
            .AppendLine("- fyi: newsletters, notifications, CC'd threads, receipts, anything informational that needs no action.")
            .AppendLine("- waiting: the reader sent the last message and is awaiting a reply.")
            .AppendLine()
            .AppendLine("Priority rules:")
            .AppendLine("1. Meetings and calendar invitations are action_required.")
            .AppendLine("2. Unpaid invoices and bills are payment_request.")
            .AppendLine("3. A direct question to the reader is needs_response, even inside a newsletter.")
            .AppendLine("4. When unsure between needs_response and fyi, prefer needs_response.")
            .AppendLine()
            .AppendLine("Also detect the email's language as an ISO 639-1 code (cs, en, de, ...) and pick the reply style that best fits")
            .Append("the sender's tone and relationship, one of: ").AppendLine(string.Join(", ", styles.Names) + ".")
            .AppendLine()
            .AppendLine("Answer with one JSON object and nothing else:")
            .AppendLine("{\"category\": \"...\", \"confidence\": \"high|medium|low\", \"reasoning\": \"one short sentence\", \"detected_language\": \"..\", \"resolved_style\": \"...\"}");
        if (!string.IsNullOrWhiteSpace(triageAddendum))
        {
            prompt.AppendLine().AppendLine(triageAddendum.Trim());
        }
        return UntrustedContent.WithInstruction(prompt.ToString());
    }

    /// <summary>From, Subject, Messages in thread, then the body truncated to <paramref name="bodyChars"/> (or the snippet).</summary>
    public static string User(ClassificationInput input, int bodyChars)
    {
        ArgumentNullException.ThrowIfNull(input);
        var sender = input.Sender;
        var from = sender is null ? input.From ?? "(unknown)" : sender.DisplayName is { Length: > 0 } name ? $"{name} <{sender.Address}>" : sender.Address;
        var header = string.Create(CultureInfo.InvariantCulture,
            $"From: {from}\nSubject: {input.Subject}\nMessages in thread: {input.MessagesInThread}");
        var body = string.IsNullOrWhiteSpace(input.Body) ? input.Snippet ?? "" : input.Body;
        return UntrustedContent.Wrap("Email headers", header, 1000) + "\n\n" + UntrustedContent.Wrap("Email body", body.Trim(), bodyChars);
    }
}

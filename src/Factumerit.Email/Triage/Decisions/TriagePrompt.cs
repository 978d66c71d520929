using System.Globalization;
using System.Text;
using Factumerit.Email.Triage.Learning;
using Factumerit.Email.Triage.Patterns;

namespace Factumerit.Email.Triage.Decisions;

/// <summary>
/// Triage's part of the prompt (spec 003 "LLM Prompt Design", "Few-Shot Prompt Building"). Everything here is ours:
/// folder names, the pattern's tags, dates and learned examples reduced to domains and folders. The email itself
/// reaches the model only inside the classification prompt's untrusted-content markers.
/// </summary>
public static class TriagePrompt
{
    public const int MaxExamples = 10;

    public static string Instructions(PatternHint hint, DateTimeOffset now, IReadOnlyList<TrainingExample> examples, bool shared)
    {
        ArgumentNullException.ThrowIfNull(hint);
        ArgumentNullException.ThrowIfNull(examples);
        var text = new StringBuilder()
            .AppendLine(shared
                ? "ALSO triage the same email into ONE folder, and put that answer in your JSON object under the key \"triage\"."
                : "You are an email triage assistant. Classify this email into ONE folder.")
            .AppendLine()
            .AppendLine("FOLDERS:")
            .AppendLine("- INBOX: Urgent, actionable, important, requires response today")
            .AppendLine("- Planning: Medium-term, \"when you have time\", no hard deadline")
            .AppendLine("- Paper-Trail/Invoices: Receipts, invoices, payment confirmations")
            .AppendLine("- Paper-Trail/Admin: Contracts, account info, legal, support tickets")
            .AppendLine("- Paper-Trail/Travel: Flight/hotel bookings, itineraries")
            .AppendLine("- Feed: Newsletters, curated content you want to read")
            .AppendLine("- Social: Social media notifications (NOT direct messages)")
            .AppendLine("- Promotions: Marketing, sales, discounts")
            .AppendLine()
            .AppendLine("NOTE: If confidence < 0.7, email goes to /Review folder for user triage.")
            .AppendLine("Be honest about your confidence - uncertain classifications help the user.")
            .AppendLine()
            .AppendLine("SPECIAL RULES:")
            .AppendLine("- Direct messages from social platforms → INBOX (human conversation)")
            .AppendLine("- CC'd with no action required → Planning")
            .AppendLine("- 2FA/security codes → INBOX (mark for auto-delete, tag \"2fa\")")
            .AppendLine("- Shipping updates → INBOX (mark for snooze until delivery, tag \"shipping\", snoozeUntil = the expected delivery date)")
            .AppendLine()
            .AppendLine("PATTERN MATCHING HINT:")
            .AppendLine(CultureInfo.InvariantCulture, $"Our pattern matcher suggests: {hint.Folder} (confidence: {hint.Confidence:0.00})")
            .AppendLine(CultureInfo.InvariantCulture, $"Detected patterns: {(hint.Tags.Count == 0 ? "none" : string.Join(", ", hint.Tags))}")
            .AppendLine(hint.Tags.Contains(PatternTags.Cc) ? "The reader is only in Cc, not in To." : "")
            .AppendLine("Your job: VALIDATE or OVERRIDE this suggestion based on email content and context.")
            .AppendLine("- If pattern seems correct, confirm it with your reasoning")
            .AppendLine("- If pattern missed context (spam disguised as invoice, etc.), override it")
            .AppendLine("- You are the final authority")
            .AppendLine(CultureInfo.InvariantCulture, $"Today is {now.UtcDateTime:yyyy-MM-dd}.");
        if (examples.Count > 0)
        {
            text.AppendLine().AppendLine("USER PREFERENCES (from training):");
            foreach (var e in Order(examples).Take(MaxExamples))
            {
                text.AppendLine(e.WasCorrection
                    ? $"• {Safe(e.FromDomain)}: AI suggested {e.AiSuggestion}, user corrected to {e.UserChoice}"
                    : $"• {Safe(e.FromDomain)}: {e.UserChoice} ✓");
            }
        }
        text.AppendLine()
            .AppendLine(shared ? "The \"triage\" value is an object:" : "Respond with JSON:")
            .AppendLine("{\"folder\": \"...\", \"tags\": [\"...\"], \"confidence\": 0.0-1.0, \"snoozeUntil\": \"ISO date or null\", "
                + "\"autoDeleteMinutes\": number or null, \"patternAgreed\": true/false, \"reasoning\": \"brief explanation, note if you disagreed with pattern and why\"}");
        return text.ToString();
    }

    /// <summary>Corrections first (they teach more), newest first.</summary>
    public static IEnumerable<TrainingExample> Order(IEnumerable<TrainingExample> examples) =>
        examples.OrderByDescending(e => e.WasCorrection).ThenByDescending(e => e.CreatedAt);

    // A domain is the only sender text that reaches the system prompt; keep it to domain characters.
    private static string Safe(string domain) =>
        new(domain.Where(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-').Take(100).ToArray());
}

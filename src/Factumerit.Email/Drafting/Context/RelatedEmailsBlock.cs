using System.Text;
using Factumerit.Email.Drafting.Mail;
using Factumerit.Email.Drafting.Prompts;
using Factumerit.Email.Llm;

namespace Factumerit.Email.Drafting.Context;

/// <summary>The "Related emails" block of the draft prompt (spec 002, "Context Gathering", output format).</summary>
public static class RelatedEmailsBlock
{
    public const string Header = "--- Related emails from your mailbox ---";
    public const string Footer = "--- End related emails ---";
    private const string Indent = "   ";

    /// <summary>Null when there are no threads. The entries are quoted as untrusted content between the spec's lines.</summary>
    public static string? Format(IReadOnlyList<MailThread> threads)
    {
        ArgumentNullException.ThrowIfNull(threads);
        var entries = new StringBuilder();
        var number = 0;
        foreach (var thread in threads)
        {
            var delivered = thread.Delivered.ToList();
            if (delivered.Count == 0)
            {
                continue;
            }
            var newest = delivered[^1];
            entries.Append(++number).Append(". From: ").Append(DraftUserMessage.HeaderValue(newest.Sender))
                .Append(" | Subject: ").Append(DraftUserMessage.HeaderValue(delivered[0].Subject)).Append('\n')
                .Append(Indented(Truncate(ThreadText.Format(thread), DraftLimits.RelatedThreadChars))).Append('\n');
        }
        if (number == 0)
        {
            return null;
        }
        var quoted = UntrustedContent.Wrap("Related emails", entries.ToString().TrimEnd(), int.MaxValue);
        return $"{Header}\n{quoted}\n{Footer}";
    }

    private static string Truncate(string text, int max) =>
        text.Length <= max ? text : text[..(char.IsHighSurrogate(text[max - 1]) ? max - 1 : max)] + " […]";

    private static string Indented(string text) =>
        Indent + text.ReplaceLineEndings("\n").Replace("\n", "\n" + Indent, StringComparison.Ordinal);
}

using System.Text;
using Factumerit.Email.Llm;

namespace Factumerit.Email.Drafting.Prompts;

/// <summary>The draft model's user message (spec 002, "Draft LLM Prompt Structure" and "Rework Prompt").</summary>
public static class DraftUserMessage
{
    private const int MaxHeaderChars = 300;

    public static string Build(DraftInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var message = new StringBuilder()
            .Append("From: ").Append(HeaderValue(input.Replied.Sender)).Append('\n')
            .Append("Subject: ").Append(HeaderValue(input.Replied.Subject)).Append("\n\n")
            .Append("Thread:\n")
            .Append(UntrustedContent.Wrap("Thread", ThreadText.Format(input.Thread), DraftLimits.ThreadChars));
        if (!string.IsNullOrWhiteSpace(input.RelatedContext))
        {
            message.Append("\n\n").Append(input.RelatedContext);
        }
        if (!string.IsNullOrWhiteSpace(input.UserInstructions))
        {
            message.Append("\n\n--- User instructions ---\n")
                .Append(input.UserInstructions.Trim())
                .Append("\n--- End instructions ---\n\n")
                .Append("Incorporate these instructions into the draft. They guide WHAT to say,\n")
                .Append("not HOW to say it. The draft should still follow the style rules.");
        }
        return message.ToString();
    }

    /// <summary>One line, bounded, and unable to imitate our quoting markers.</summary>
    internal static string HeaderValue(string? value)
    {
        var line = string.Join(' ', (value ?? "").Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        line = line.Replace("<<<", "\u2039\u2039\u2039", StringComparison.Ordinal).Replace(">>>", "\u203A\u203A\u203A", StringComparison.Ordinal);
        return line.Length <= MaxHeaderChars ? line : line[..MaxHeaderChars];
    }
}

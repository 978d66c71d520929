using System.Text;
using Factumerit.Email.Llm;
using Factumerit.Email.Recruiting.Inbox;

namespace Factumerit.Email.Recruiting.Signals;

/// <summary>The user message for both recruiting calls: sender, subject and body, all quoted as untrusted.</summary>
internal static class RecruitingPrompt
{
    public static string User(RecruitingMail mail, int bodyChars) => new StringBuilder()
        .AppendLine(UntrustedContent.Wrap("Sender", $"{mail.SenderName} <{mail.From}>".Trim(), 320))
        .AppendLine(UntrustedContent.Wrap("Subject", mail.Subject, 500))
        .Append(UntrustedContent.Wrap("Email body", mail.Body, bodyChars))
        .ToString();
}

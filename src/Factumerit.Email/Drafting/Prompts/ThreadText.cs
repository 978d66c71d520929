using System.Globalization;
using System.Text;
using Factumerit.Email.Drafting.Mail;
using Factumerit.Email.Mail;

namespace Factumerit.Email.Drafting.Prompts;

/// <summary>A thread's delivered messages as plain text for a prompt.</summary>
public static class ThreadText
{
    /// <summary>
    /// Newest message first, so that cutting the text to the prompt budget drops the oldest history rather than
    /// the message being answered. Quoted history inside each message is left out: the thread already holds it.
    /// </summary>
    public static string Format(MailThread thread)
    {
        ArgumentNullException.ThrowIfNull(thread);
        var text = new StringBuilder();
        foreach (var message in thread.Delivered.Reverse())
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }
            text.Append("From: ").Append(message.Sender);
            if (message.Date is { } date)
            {
                text.Append(" | Date: ").Append(date.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture));
            }
            text.Append('\n').Append(NewText(message.Body));
        }
        return text.ToString();
    }

    /// <summary>What the sender newly wrote; the whole body when the extractor finds nothing new.</summary>
    public static string NewText(string body)
    {
        var extracted = ReplyTextExtractor.Extract(body);
        return extracted.Length > 0 ? extracted : body.Trim();
    }
}

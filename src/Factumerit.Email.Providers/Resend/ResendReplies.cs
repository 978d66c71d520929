using Factumerit.Email.Mail;

namespace Factumerit.Email.Providers.Resend;

/// <summary>Builds the send request for a reply to a received email, threaded and marked auto-replied.</summary>
public static class ResendReplies
{
    /// <summary>
    /// Addresses the reply to the original's Reply-To (else its sender), with a <c>Re:</c> subject,
    /// In-Reply-To/References and <c>Auto-Submitted: auto-replied</c>.
    /// </summary>
    public static SendEmailRequest CreateReply(ReceivedEmail original, string from, string? text, string? html = null)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentException.ThrowIfNullOrWhiteSpace(from);
        string? Header(string name) => original.Headers?
            .FirstOrDefault(header => string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

        var threading = ReplyThreading.For(original.Subject, original.MessageId, Header("References"), Header("In-Reply-To"));
        return new SendEmailRequest
        {
            From = from,
            To = original.ReplyTo is { Count: > 0 } replyTo ? replyTo : [original.From],
            Subject = threading.Subject,
            Text = text,
            Html = html,
            Headers = threading.Headers(),
        };
    }
}

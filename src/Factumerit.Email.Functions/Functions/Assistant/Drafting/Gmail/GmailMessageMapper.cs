using Factumerit.Email.Drafting.Mail;
using Factumerit.Email.Providers.Gmail.Data;
using Factumerit.Email.Providers.Gmail.Mime;

namespace Factumerit.Email.Functions.Functions.Assistant.Drafting.Gmail;

/// <summary>Turns Gmail's message shape into the assistant's <see cref="MailMessage"/>.</summary>
internal static class GmailMessageMapper
{
    /// <param name="labelNames">User label ids to names; system label ids are kept as they are.</param>
    public static MailMessage ToMailMessage(Message message, string threadId, IReadOnlyDictionary<string, string> labelNames)
    {
        var payload = message.Payload;
        MailboxAddress.TryParse(payload?.GetHeader("From"), out var from);
        MailboxAddress.TryParse(payload?.GetHeader("Reply-To"), out var replyTo);
        return new MailMessage
        {
            Id = message.Id ?? throw new InvalidOperationException("Gmail returned a thread message without an id."),
            ThreadId = message.ThreadId ?? threadId,
            Labels = (message.LabelIds ?? []).Select(id => labelNames.GetValueOrDefault(id, id)).ToHashSet(StringComparer.Ordinal),
            FromName = from?.DisplayName,
            FromAddress = from?.Address,
            ReplyToName = replyTo?.DisplayName,
            ReplyToAddress = replyTo?.Address,
            Subject = payload?.GetHeader("Subject"),
            RfcMessageId = payload?.GetHeader("Message-ID"),
            References = payload?.GetHeader("References"),
            Date = message.InternalDateTime,
            Body = payload is null ? "" : MessageBodyReader.Read(payload).PlainText,
        };
    }
}

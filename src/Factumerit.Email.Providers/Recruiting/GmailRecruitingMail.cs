using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Providers.Assistant;
using Factumerit.Email.Providers.Gmail;
using Factumerit.Email.Providers.Gmail.Data;
using Factumerit.Email.Providers.Gmail.Mime;
using Factumerit.Email.Recruiting.Inbox;

namespace Factumerit.Email.Providers.Recruiting;

/// <summary><see cref="IRecruitingMail"/> over the mailbox's own <see cref="GmailClient"/>: messages.list and messages.get (full).</summary>
internal sealed class GmailRecruitingMail(GmailClient client) : IRecruitingMail
{
    public async Task<RecruitingMailPage> ListAsync(string query, int pageSize, string? pageToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        var page = await client.ListMessagesAsync(query, null, Math.Clamp(pageSize, 1, GmailClient.MaxPageSize), pageToken,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        var ids = (page.Messages ?? []).Where(m => m.Id is not null).Select(m => m.Id!).ToList();
        return new RecruitingMailPage(ids, string.IsNullOrEmpty(page.NextPageToken) ? null : page.NextPageToken, (int?)page.ResultSizeEstimate);
    }

    public async Task<RecruitingMail?> GetAsync(string gmailId, CancellationToken cancellationToken = default)
    {
        Message message;
        try
        {
            message = await client.GetMessageAsync(gmailId, MessageFormat.Full, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (GmailApiException ex) when (ex.Status == 404)
        {
            return null;
        }
        var payload = message.Payload;
        MailboxAddress.TryParse(Decoded(payload?.GetHeader("From")), out var from);
        return new RecruitingMail(
            message.Id ?? gmailId,
            payload?.GetHeader("Message-ID") ?? payload?.GetHeader("Message-Id"),
            from?.Address.ToLowerInvariant(),
            from?.DisplayName,
            Decoded(payload?.GetHeader("Subject")),
            MessageBodyReader.Read(payload).PlainText,
            message.InternalDateTime,
            (message.LabelIds ?? []).Contains("SENT", StringComparer.Ordinal));
    }

    private static string? Decoded(string? header) => header is null ? null : EncodedWords.Decode(header);
}

internal sealed class GmailRecruitingMailFactory(MailboxGmailClients clients) : IRecruitingMailFactory
{
    public IRecruitingMail Create(Mailbox mailbox) => new GmailRecruitingMail(clients.Create(mailbox));
}

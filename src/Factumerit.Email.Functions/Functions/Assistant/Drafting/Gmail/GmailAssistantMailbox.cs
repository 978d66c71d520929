using Factumerit.Email.Drafting.Mail;
using Factumerit.Email.Providers.Gmail;
using Factumerit.Email.Providers.Gmail.Mime;

namespace Factumerit.Email.Functions.Functions.Assistant.Drafting.Gmail;

/// <summary>
/// <see cref="IAssistantMailbox"/> over one <see cref="GmailClient"/>. Chooses the cheaper Gmail call where two
/// would do (minimal formats, one messages.modify instead of threads.modify) because quota is per user and shared
/// with the user's own mail clients.
/// </summary>
internal sealed partial class GmailAssistantMailbox(GmailClient client) : IAssistantMailbox
{
    // messages.list costs the same for any page size; a few extra ids cover several hits in one thread.
    private const int SearchPageSize = 20;

    public string Address => client.Mailbox;

    public long QuotaUnits => client.Quota.TotalUnits;

    public async Task<MailThread?> GetThreadAsync(string threadId, bool withBodies = true, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(threadId);
        Providers.Gmail.Data.Thread thread;
        try
        {
            thread = await client.GetThreadAsync(threadId, withBodies ? ThreadFormat.Full : ThreadFormat.Minimal,
                cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (GmailApiException ex) when (ex.Status == 404)
        {
            return null;
        }
        var labels = await LabelsAsync(cancellationToken).ConfigureAwait(false);
        var messages = (thread.Messages ?? [])
            .Select(m => GmailMessageMapper.ToMailMessage(m, threadId, labels.NamesById))
            .ToList();
        return messages.Count == 0 ? null : new MailThread(threadId, messages);
    }

    public async Task<IReadOnlyList<string>> SearchThreadsAsync(string query, int maxThreads, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxThreads);
        var page = await client.ListMessagesAsync(query, maxResults: Math.Max(SearchPageSize, maxThreads),
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return (page.Messages ?? []).Select(m => m.ThreadId).OfType<string>().Distinct(StringComparer.Ordinal).Take(maxThreads).ToList();
    }

    public async Task<MailDraft?> GetDraftAsync(string draftId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(draftId);
        try
        {
            var draft = await client.GetDraftAsync(draftId, MessageFormat.Full, cancellationToken).ConfigureAwait(false);
            var body = draft.Message?.Payload is { } payload ? MessageBodyReader.Read(payload).PlainText : "";
            return new MailDraft(draft.Id ?? draftId, draft.Message?.Id ?? "", draft.Message?.ThreadId, body);
        }
        catch (GmailApiException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    public async Task<bool> DraftExistsAsync(string draftId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(draftId);
        try
        {
            await client.GetDraftAsync(draftId, MessageFormat.Minimal, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (GmailApiException ex) when (ex.Status == 404)
        {
            return false;
        }
    }

    public async Task<DraftRef> CreateReplyDraftAsync(ReplyDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var mime = DraftMimeBuilder.BuildReply(ReplyMime.For(Address, draft));
        var created = await client.CreateDraftAsync(mime, draft.InReplyTo.ThreadId, cancellationToken).ConfigureAwait(false);
        return new DraftRef(created.Id ?? throw new GmailApiException(200, "emptyResponse", "Gmail created a draft without an id."),
            created.Message?.Id);
    }

    public async Task TrashDraftMessageAsync(string messageId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        try
        {
            await client.TrashMessageAsync(messageId, cancellationToken).ConfigureAwait(false);
        }
        catch (GmailApiException ex) when (ex.Status == 404)
        {
            // Already sent or discarded: the draft is gone either way.
        }
    }
}

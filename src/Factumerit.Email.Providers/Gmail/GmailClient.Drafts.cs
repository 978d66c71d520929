using Factumerit.Email.Providers.Gmail.Data;
using Factumerit.Email.Providers.Gmail.Http;
using Factumerit.Email.Providers.Gmail.Mime;

namespace Factumerit.Email.Providers.Gmail;

public sealed partial class GmailClient
{
    /// <summary>
    /// drafts.create. The draft joins <paramref name="threadId"/> only if the MIME has In-Reply-To/References
    /// and a matching "Re:" subject (see <see cref="DraftMimeBuilder"/>); otherwise Gmail starts a new thread.
    /// </summary>
    public Task<Draft> CreateDraftAsync(ReadOnlyMemory<byte> mime, string? threadId = null, CancellationToken cancellationToken = default)
    {
        var body = DraftBody(null, mime, threadId);
        return PostAsync("drafts", body, GmailJsonContext.Default.Draft, GmailOperation.DraftsCreate,
            GmailJsonContext.Default.Draft, cancellationToken);
    }

    /// <summary>drafts.update: replace the draft's message (Gmail gives it a new message id).</summary>
    public Task<Draft> UpdateDraftAsync(string draftId, ReadOnlyMemory<byte> mime, string? threadId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(draftId);
        var body = DraftBody(draftId, mime, threadId);
        return PostAsync($"drafts/{Id(draftId)}", body, GmailJsonContext.Default.Draft, GmailOperation.DraftsUpdate,
            GmailJsonContext.Default.Draft, cancellationToken, HttpMethod.Put);
    }

    public Task<Draft> GetDraftAsync(string draftId, MessageFormat format = MessageFormat.Full,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(draftId);
        var query = new GmailQuery().Add("format", format.ToWire());
        return GetAsync($"drafts/{Id(draftId)}{query}", GmailOperation.DraftsGet, GmailJsonContext.Default.Draft, cancellationToken);
    }

    /// <summary>drafts.delete: permanent, not to Trash.</summary>
    public async Task DeleteDraftAsync(string draftId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(draftId);
        using var response = await SendAsync(HttpMethod.Delete, $"drafts/{Id(draftId)}", null, GmailOperation.DraftsDelete,
            cancellationToken).ConfigureAwait(false);
    }

    public Task<ListDraftsResponse> ListDraftsAsync(string? q = null, int? maxResults = null, string? pageToken = null,
        CancellationToken cancellationToken = default)
    {
        CheckPageSize(maxResults);
        var query = new GmailQuery().Add("q", q).Add("maxResults", maxResults).Add("pageToken", pageToken);
        return GetAsync($"drafts{query}", GmailOperation.DraftsList, GmailJsonContext.Default.ListDraftsResponse, cancellationToken);
    }

    private static Draft DraftBody(string? draftId, ReadOnlyMemory<byte> mime, string? threadId)
    {
        if (mime.IsEmpty)
        {
            throw new ArgumentException("The draft needs an RFC 2822 message.", nameof(mime));
        }
        if (threadId is not null && string.IsNullOrWhiteSpace(threadId))
        {
            throw new ArgumentException("A thread id must not be blank.", nameof(threadId));
        }
        return new Draft
        {
            Id = draftId,
            Message = new Message { Raw = Base64Url.Encode(mime.Span), ThreadId = threadId },
        };
    }
}

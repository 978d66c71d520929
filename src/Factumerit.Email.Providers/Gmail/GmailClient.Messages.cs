using System.Runtime.CompilerServices;
using Factumerit.Email.Providers.Gmail.Data;
using Factumerit.Email.Providers.Gmail.Http;

namespace Factumerit.Email.Providers.Gmail;

public sealed partial class GmailClient
{
    public const int MaxPageSize = 500;
    public const int MaxLabelsPerModify = 100;

    /// <summary>messages.get. <paramref name="metadataHeaders"/> applies to <see cref="MessageFormat.Metadata"/>.</summary>
    public Task<Message> GetMessageAsync(string id, MessageFormat format = MessageFormat.Full,
        IEnumerable<string>? metadataHeaders = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var query = new GmailQuery().Add("format", format.ToWire()).AddEach("metadataHeaders", metadataHeaders);
        return GetAsync($"messages/{Id(id)}{query}", GmailOperation.MessagesGet, GmailJsonContext.Default.Message, cancellationToken);
    }

    /// <summary>messages.list: one page of ids (newest first). <paramref name="q"/> uses Gmail search syntax.</summary>
    public Task<ListMessagesResponse> ListMessagesAsync(string? q = null, IEnumerable<string>? labelIds = null,
        int? maxResults = null, string? pageToken = null, bool includeSpamTrash = false,
        CancellationToken cancellationToken = default)
    {
        CheckPageSize(maxResults);
        var query = new GmailQuery().Add("q", q).AddEach("labelIds", labelIds).Add("maxResults", maxResults)
            .Add("pageToken", pageToken).Add("includeSpamTrash", includeSpamTrash ? "true" : null);
        return GetAsync($"messages{query}", GmailOperation.MessagesList, GmailJsonContext.Default.ListMessagesResponse, cancellationToken);
    }

    /// <summary>Every matching message id, page by page (5 units per page).</summary>
    public async IAsyncEnumerable<Message> ListAllMessagesAsync(string? q = null, IEnumerable<string>? labelIds = null,
        int pageSize = MaxPageSize, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        CheckPageSize(pageSize);
        var labels = labelIds?.ToArray();
        string? pageToken = null;
        do
        {
            var page = await ListMessagesAsync(q, labels, pageSize, pageToken, false, cancellationToken).ConfigureAwait(false);
            foreach (var message in page.Messages ?? [])
            {
                yield return message;
            }
            pageToken = page.NextPageToken;
        }
        while (!string.IsNullOrEmpty(pageToken));
    }

    /// <summary>messages.modify: add and remove labels (at most 100 each; DRAFT and SENT cannot be changed).</summary>
    public Task<Message> ModifyMessageAsync(string id, IEnumerable<string>? addLabelIds = null,
        IEnumerable<string>? removeLabelIds = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var body = new ModifyMessageRequest { AddLabelIds = addLabelIds?.ToArray(), RemoveLabelIds = removeLabelIds?.ToArray() };
        CheckLabelChange(body.AddLabelIds, body.RemoveLabelIds);
        return PostAsync($"messages/{Id(id)}/modify", body, GmailJsonContext.Default.ModifyMessageRequest,
            GmailOperation.MessagesModify, GmailJsonContext.Default.Message, cancellationToken);
    }

    /// <summary>messages.trash: move to Trash (Gmail deletes it after 30 days).</summary>
    public async Task<Message> TrashMessageAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        using var response = await SendAsync(HttpMethod.Post, $"messages/{Id(id)}/trash", null, GmailOperation.MessagesTrash,
            cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, GmailJsonContext.Default.Message, GmailOperation.MessagesTrash, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>threads.get: every message of the conversation, drafts included.</summary>
    public Task<Data.Thread> GetThreadAsync(string id, ThreadFormat format = ThreadFormat.Full,
        IEnumerable<string>? metadataHeaders = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var query = new GmailQuery().Add("format", format.ToWire()).AddEach("metadataHeaders", metadataHeaders);
        return GetAsync($"threads/{Id(id)}{query}", GmailOperation.ThreadsGet, GmailJsonContext.Default.Thread, cancellationToken);
    }

    /// <summary>threads.modify: add and remove labels on every message of the thread.</summary>
    public Task<Data.Thread> ModifyThreadAsync(string id, IEnumerable<string>? addLabelIds = null,
        IEnumerable<string>? removeLabelIds = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var body = new ModifyThreadRequest { AddLabelIds = addLabelIds?.ToArray(), RemoveLabelIds = removeLabelIds?.ToArray() };
        CheckLabelChange(body.AddLabelIds, body.RemoveLabelIds);
        return PostAsync($"threads/{Id(id)}/modify", body, GmailJsonContext.Default.ModifyThreadRequest,
            GmailOperation.ThreadsModify, GmailJsonContext.Default.Thread, cancellationToken);
    }

    private static void CheckPageSize(int? maxResults)
    {
        if (maxResults is < 1 or > MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(maxResults), maxResults, $"Gmail pages hold 1 to {MaxPageSize} items.");
        }
    }

    private static void CheckLabelChange(IReadOnlyList<string>? add, IReadOnlyList<string>? remove)
    {
        if ((add?.Count ?? 0) == 0 && (remove?.Count ?? 0) == 0)
        {
            throw new ArgumentException("At least one label must be added or removed.");
        }
        if (add?.Count > MaxLabelsPerModify || remove?.Count > MaxLabelsPerModify)
        {
            throw new ArgumentException($"At most {MaxLabelsPerModify} labels can be added or removed at once.");
        }
        if ((add ?? []).Concat(remove ?? []).Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Label ids must not be empty.");
        }
    }
}

using Factumerit.Email.Assistant.Gmail;
using Factumerit.Email.Providers.Gmail;
using Factumerit.Email.Providers.Gmail.Data;
using Factumerit.Email.Providers.Gmail.Mime;

namespace Factumerit.Email.Providers.Assistant;

/// <summary><see cref="IAssistantGmail"/> over the Gmail REST client of one mailbox.</summary>
internal sealed class AssistantGmail(GmailClient client) : IAssistantGmail
{
    // labelRemoved: triage learns from the user taking a thread out of a triage folder or the Inbox.
    private static readonly HistoryType[] SyncedChanges =
        [HistoryType.MessageAdded, HistoryType.MessageDeleted, HistoryType.LabelAdded, HistoryType.LabelRemoved];

    public string Mailbox => client.Mailbox;

    public long QuotaUnits => client.Quota.TotalUnits;

    public Task<IReadOnlyDictionary<string, string>> EnsureLabelsAsync(IEnumerable<string> names, CancellationToken cancellationToken = default) =>
        LabelEnsurer.EnsureAsync(client, names, cancellationToken);

    public async Task<ulong> GetHistoryIdAsync(CancellationToken cancellationToken = default)
    {
        var profile = await client.GetProfileAsync(cancellationToken).ConfigureAwait(false);
        return profile.HistoryId ?? throw new GmailApiException(200, "missingHistoryId", "Gmail getProfile returned no historyId.");
    }

    public async Task<GmailWatch> WatchAsync(string topicName, CancellationToken cancellationToken = default)
    {
        // No label filter: Sent mail (waiting) and labels on archived threads (Rework, Done) must notify too.
        var watch = await client.WatchAsync(new WatchRequest { TopicName = topicName }, cancellationToken).ConfigureAwait(false);
        return new GmailWatch(watch.HistoryId ?? 0, watch.ExpirationTime);
    }

    public Task StopWatchAsync(CancellationToken cancellationToken = default) => client.StopAsync(cancellationToken);

    public async Task<GmailChanges> ListChangesAsync(ulong startHistoryId, CancellationToken cancellationToken = default)
    {
        GmailHistoryDelta delta;
        try
        {
            delta = await client.ListHistoryAsync(startHistoryId, SyncedChanges, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (GmailHistoryExpiredException ex)
        {
            throw new GmailHistoryGoneException(startHistoryId, ex);
        }
        return new GmailChanges(HistoryChanges.Flatten(delta.Records), delta.HistoryId);
    }

    public async Task<IReadOnlyList<GmailMessageRef>> SearchAsync(string query, int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        var found = new List<GmailMessageRef>();
        string? pageToken = null;
        do
        {
            var page = await client.ListMessagesAsync(query, null, Math.Min(max - found.Count, GmailClient.MaxPageSize), pageToken,
                cancellationToken: cancellationToken).ConfigureAwait(false);
            found.AddRange((page.Messages ?? []).Where(m => m.Id is not null && m.ThreadId is not null)
                .Select(m => new GmailMessageRef(m.Id!, m.ThreadId!)));
            pageToken = page.NextPageToken;
        }
        while (!string.IsNullOrEmpty(pageToken) && found.Count < max);
        return found.Take(max).ToList();
    }

    public async Task<GmailThreadSnapshot> GetThreadAsync(string threadId, CancellationToken cancellationToken = default)
    {
        Gmail.Data.Thread thread;
        try
        {
            thread = await client.GetThreadAsync(threadId, ThreadFormat.Full, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (GmailApiException ex) when (ex.Status == 404)
        {
            throw new GmailNotFoundException("thread " + threadId, ex);
        }
        var messages = (thread.Messages ?? []).Where(m => m.Id is not null)
            .OrderBy(m => m.InternalDate ?? 0)
            .Select(ToSnapshot)
            .ToList();
        return new GmailThreadSnapshot(thread.Id ?? threadId, messages);
    }

    public async Task ModifyThreadAsync(string threadId, IReadOnlyCollection<string> addLabelIds, IReadOnlyCollection<string> removeLabelIds,
        CancellationToken cancellationToken = default)
    {
        if (addLabelIds.Count == 0 && removeLabelIds.Count == 0)
        {
            return;
        }
        try
        {
            await client.ModifyThreadAsync(threadId, addLabelIds.Count > 0 ? addLabelIds : null, removeLabelIds.Count > 0 ? removeLabelIds : null,
                cancellationToken).ConfigureAwait(false);
        }
        catch (GmailApiException ex) when (ex.Status == 400 && ex.Message.Contains("Invalid label", StringComparison.Ordinal))
        {
            throw new GmailInvalidLabelException(ex);
        }
    }

    public async Task TrashMessageAsync(string messageId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        try
        {
            await client.TrashMessageAsync(messageId, cancellationToken).ConfigureAwait(false);
        }
        catch (GmailApiException ex) when (ex.Status == 404)
        {
            // Already deleted: the cleanup's goal holds.
        }
    }

    public async Task<IReadOnlyList<GmailDraftRef>> ListDraftsAsync(CancellationToken cancellationToken = default)
    {
        var drafts = new List<GmailDraftRef>();
        string? pageToken = null;
        do
        {
            var page = await client.ListDraftsAsync(null, GmailClient.MaxPageSize, pageToken, cancellationToken).ConfigureAwait(false);
            drafts.AddRange((page.Drafts ?? []).Where(d => d.Id is not null)
                .Select(d => new GmailDraftRef(d.Id!, d.Message?.Id, d.Message?.ThreadId)));
            pageToken = page.NextPageToken;
        }
        while (!string.IsNullOrEmpty(pageToken));
        return drafts;
    }

    private static GmailThreadMessage ToSnapshot(Message message) => new(
        message.Id!,
        message.LabelIds ?? [],
        (message.Payload?.Headers ?? []).Where(h => h.Name is not null).Select(h => KeyValuePair.Create(h.Name!, h.Value ?? "")).ToList(),
        MessageBodyReader.Read(message.Payload).PlainText,
        message.Snippet,
        message.InternalDateTime);
}

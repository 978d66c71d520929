namespace Factumerit.Email.Assistant.Gmail;

/// <summary>Gmail's system label ids the assistant reads.</summary>
public static class GmailSystemLabels
{
    public const string Inbox = "INBOX";
    public const string Sent = "SENT";
    public const string Draft = "DRAFT";
    public const string Trash = "TRASH";
    public const string Spam = "SPAM";
}

public sealed record GmailWatch(ulong HistoryId, DateTimeOffset? ExpiresAt);

public sealed record GmailMessageRef(string Id, string ThreadId);

public sealed record GmailDraftRef(string DraftId, string? MessageId, string? ThreadId);

public enum GmailChangeKind
{
    MessageAdded,
    MessageDeleted,
    LabelAdded,
    LabelRemoved,
}

/// <summary>One change from history.list: the message, its labels after the change, and the labels changed.</summary>
public sealed record GmailChange(
    ulong HistoryId,
    GmailChangeKind Kind,
    string MessageId,
    string ThreadId,
    IReadOnlyList<string> LabelIds,
    IReadOnlyList<string> ChangedLabelIds);

/// <summary>The changes since a history id, and the history id to store once they are handled.</summary>
public sealed record GmailChanges(IReadOnlyList<GmailChange> Changes, ulong HistoryId);

/// <summary>One message of a thread as the classifier reads it.</summary>
public sealed record GmailThreadMessage(
    string Id,
    IReadOnlyList<string> LabelIds,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string Body,
    string? Snippet,
    DateTimeOffset? ReceivedAt)
{
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    public bool HasLabel(string id) => LabelIds.Contains(id, StringComparer.Ordinal);

    public bool IsDraft => HasLabel(GmailSystemLabels.Draft);

    public bool IsFromUser => HasLabel(GmailSystemLabels.Sent);
}

/// <summary>A thread, oldest message first, drafts included (callers skip them).</summary>
public sealed record GmailThreadSnapshot(string Id, IReadOnlyList<GmailThreadMessage> Messages)
{
    public IReadOnlyList<GmailThreadMessage> Sent => Messages.Where(m => !m.IsDraft).ToList();

    /// <summary>Every label on any message of the thread.</summary>
    public IReadOnlySet<string> LabelIds => Messages.SelectMany(m => m.LabelIds).ToHashSet(StringComparer.Ordinal);
}

/// <summary>history.list answered 404: the start id is too old and a full sync is needed.</summary>
public sealed class GmailHistoryGoneException(ulong startHistoryId, Exception? innerException = null)
    : Exception($"Gmail no longer has history from {startHistoryId}; a full sync is needed.", innerException)
{
    public ulong StartHistoryId { get; } = startHistoryId;
}

/// <summary>Gmail answered 404 for a message, thread or draft: it was deleted.</summary>
public sealed class GmailNotFoundException(string what, Exception? innerException = null)
    : Exception($"Gmail has no {what} (it was deleted).", innerException);

/// <summary>Gmail answered 400 "Invalid label" to a modify: a label id is unknown, e.g. the label was deleted in another client.</summary>
public sealed class GmailInvalidLabelException(Exception? innerException = null)
    : Exception("Gmail does not know a label the change names (it may have been deleted).", innerException);

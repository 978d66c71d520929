namespace Factumerit.Email.Assistant.Mailboxes;

/// <summary>
/// A connected Gmail account: how to get its credential, its settings, the ids of the AI labels in it, the
/// history id the next sync starts from, and the state that keeps syncs single-flight.
/// </summary>
public sealed record Mailbox
{
    /// <summary>The Gmail address, lower case.</summary>
    public required string Address { get; init; }

    public required MailboxCredentialRef Credential { get; init; }

    public MailboxSettings Settings { get; init; } = new();

    /// <summary>AI label name (e.g. <c>AI/FYI</c>) → Gmail label id.</summary>
    public IReadOnlyDictionary<string, string> LabelIds { get; init; } = new Dictionary<string, string>();

    /// <summary>Where the next history.list starts; saved only after a sync has enqueued all its work.</summary>
    public ulong? HistoryId { get; init; }

    public DateTimeOffset? WatchExpiresAt { get; init; }

    public DateTimeOffset? ConnectedAt { get; init; }

    public DateTimeOffset? LastSyncAt { get; init; }

    /// <summary>Who holds the sync lease, and until when; a lease past its expiry is free.</summary>
    public string? SyncLeaseOwner { get; init; }

    public DateTimeOffset? SyncLeaseExpiresAt { get; init; }

    /// <summary>A sync is already queued to run at this time; pushes before it are absorbed by it.</summary>
    public DateTimeOffset? SyncPendingUntil { get; init; }

    public string? ETag { get; init; }

    public string? LabelId(string labelName) => LabelIds.TryGetValue(labelName, out var id) ? id : null;

    /// <summary>The AI label name for a Gmail label id, or null for any other label.</summary>
    public string? LabelName(string labelId) =>
        LabelIds.FirstOrDefault(pair => string.Equals(pair.Value, labelId, StringComparison.Ordinal)).Key;

    public bool IsLeaseFree(DateTimeOffset now) => SyncLeaseOwner is null || SyncLeaseExpiresAt is null || SyncLeaseExpiresAt <= now;

    public static string Normalize(string address)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        return Mail.EmailAddress.TryParse(address, out var parsed)
            ? parsed.Address
            : throw new ArgumentException("The mailbox is not a valid email address.", nameof(address));
    }
}

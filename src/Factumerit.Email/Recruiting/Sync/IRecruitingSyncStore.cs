namespace Factumerit.Email.Recruiting.Sync;

/// <summary>Task rows and the per-mailbox lease that keeps recruiting syncs single-flight.</summary>
public interface IRecruitingSyncStore
{
    Task<RecruitingSyncLease?> GetLeaseAsync(string mailbox, CancellationToken cancellationToken = default);

    /// <summary>Inserts (no ETag) or replaces under the ETag; null when another writer got there first.</summary>
    Task<RecruitingSyncLease?> TryWriteLeaseAsync(RecruitingSyncLease lease, CancellationToken cancellationToken = default);

    Task<RecruitingTask?> GetTaskAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Writes the task row unconditionally; the lease is what serialises writers of one task.</summary>
    Task<RecruitingTask> SaveTaskAsync(RecruitingTask task, CancellationToken cancellationToken = default);
}

/// <summary>
/// The single-flight row of a mailbox (DESIGN.md "Single-flight work"): which task holds it and until when, written
/// under its ETag, plus the last completed sync.
/// </summary>
public sealed record RecruitingSyncLease
{
    public required string Mailbox { get; init; }

    public string? TaskId { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    public DateTimeOffset? LastCompletedAt { get; init; }

    /// <summary>The listing page an interrupted sync resumes from, valid for <see cref="CursorQuery"/> only.</summary>
    public string? Cursor { get; init; }

    public string? CursorQuery { get; init; }

    public string? ETag { get; init; }

    public bool IsHeld(DateTimeOffset now) => TaskId is not null && ExpiresAt is { } until && until > now;
}

namespace Factumerit.Email.Recruiting.Sync;

/// <summary>A background recruiting sync as <c>GET /api/tasks/{id}</c> shows it.</summary>
public sealed record RecruitingTask
{
    public const string SyncKind = "recruiting_sync";

    public required string Id { get; init; }

    public string Kind { get; init; } = SyncKind;

    public required string Mailbox { get; init; }

    public required string Status { get; init; }

    public SyncSummary Summary { get; init; } = new();

    /// <summary>Why the task failed; an exception type and message, never mail content.</summary>
    public string? Error { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    public string? ETag { get; init; }
}

public static class TaskStatuses
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";

    public static bool IsFinished(string status) => status is Completed or Failed;
}

/// <summary>What a sync did so far: messages scanned, signals stored, leads created, per-message errors, progress.</summary>
public sealed record SyncSummary
{
    public const int MaxErrors = 50;

    public int Scanned { get; init; }

    public int Signals { get; init; }

    public int Leads { get; init; }

    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>How many messages the listing holds, as far as it is known (at most the sync's bound).</summary>
    public int Total { get; init; }

    public int Pages { get; init; }

    /// <summary>The listing page the sync resumes from after a failure; null at the start and when done.</summary>
    public string? Cursor { get; init; }

    public SyncSummary WithError(string error) =>
        this with { Errors = Errors.Count >= MaxErrors ? Errors : [.. Errors, error] };
}

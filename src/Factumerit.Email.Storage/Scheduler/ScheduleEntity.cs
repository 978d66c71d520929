using Azure;
using Factumerit.Email.Scheduling;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Storage.Scheduler;

/// <summary>The schedule row: the one place a schedule's status lives. Every change is written under its ETag.</summary>
internal sealed class ScheduleEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = ScheduleKeys.ScheduleRowKey;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Id { get; set; } = "";
    public string SubjectKey { get; set; } = "";
    public string Action { get; set; } = "";
    public DateTimeOffset DueAt { get; set; }
    public string? Payload { get; set; }
    public ScheduleStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>While Running, when the claim ends and another worker may take over.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    public DateTimeOffset? LastAttemptAt { get; set; }

    /// <summary>When the sweep last re-sent the timer; keeps sweeps on several instances from sending it twice.</summary>
    public DateTimeOffset? RedrivenAt { get; set; }

    /// <summary>The type of the last handler exception. Never its message, which may quote personal data.</summary>
    public string? LastFailure { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Keys of this schedule's due-index row, so finishing can delete it without a query.</summary>
    public string DuePartition { get; set; } = "";
    public string DueRowKey { get; set; } = "";

    public bool IsFinished => Status is ScheduleStatus.Done or ScheduleStatus.Cancelled;

    public ScheduleState ToState() => new(Id, SubjectKey, Action, DueAt, Status, Attempts, CompletedAt);

    public ScheduledAction ToAction() => new(Id, SubjectKey, Action, DueAt, Payload, Attempts);
}

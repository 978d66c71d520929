using Azure;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Storage.Scheduler;

/// <summary>The oldest due-index day that may still hold work. It only moves forward, under its ETag.</summary>
internal sealed class SweepCursorEntity : ITableEntity
{
    public string PartitionKey { get; set; } = ScheduleKeys.CursorPartition;
    public string RowKey { get; set; } = ScheduleKeys.CursorRowKey;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>yyyyMMdd, UTC.</summary>
    public string Day { get; set; } = "";
}

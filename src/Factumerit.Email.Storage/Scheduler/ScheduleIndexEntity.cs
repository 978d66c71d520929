using Azure;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Storage.Scheduler;

/// <summary>A pointer to a schedule row, in the subject index or the due index (see <see cref="ScheduleKeys"/>).</summary>
internal sealed class ScheduleIndexEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string ScheduleId { get; set; } = "";

    /// <summary>Copied into subject-index rows so cancel-by-action can skip other actions without a read.</summary>
    public string Action { get; set; } = "";
}

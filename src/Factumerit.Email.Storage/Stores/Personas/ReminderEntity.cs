using Azure;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Storage.Stores.Personas;

/// <summary>A reminder: partition = user key, row = schedule id key.</summary>
internal sealed class ReminderEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public string UserId { get; set; } = "";
    public string ScheduleId { get; set; } = "";
    public DateTimeOffset DueAt { get; set; }
    public string Text { get; set; } = "";
    public bool Sent { get; set; }
    public DateTimeOffset? SentAt { get; set; }
}

using Azure;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Storage.Stores.Personas;

/// <summary>A task: partition = user key, row = <c>task_{created ticks}_{source}</c>, so row order is creation order.</summary>
internal sealed class TaskEntity : ITableEntity
{
    public const string RowPrefix = "task_";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public string Title { get; set; } = "";
    public bool Done { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}

/// <summary>Marks which message created which task (<c>src_{hash}</c>), written in the same batch as the task.</summary>
internal sealed class TaskSourceEntity : ITableEntity
{
    public const string RowPrefix = "src_";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public string TaskRowKey { get; set; } = "";
}

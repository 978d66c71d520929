using Azure;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Storage.Stores.Inbound;

/// <summary>One sender's count on one route for one UTC day; partition <c>{yyyyMMdd}-{senderHash}</c>, row the route key.</summary>
public sealed class SenderLimitEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public int Count { get; set; }

    /// <summary>The last emails counted, oldest first, comma-separated: a redelivered email is recognised, not counted again.</summary>
    public string RecentEmailIds { get; set; } = "";
}

using Azure;

namespace Factumerit.Email.Storage.Tables;

/// <summary>The system properties every table entity has, as in the official Azure.Data.Tables.</summary>
public interface ITableEntity
{
    string PartitionKey { get; set; }

    string RowKey { get; set; }

    /// <summary>Set by the service on every write; ignored when sending.</summary>
    DateTimeOffset? Timestamp { get; set; }

    /// <summary>Set from the service's response on reads; ignored in the body when sending.</summary>
    ETag ETag { get; set; }
}

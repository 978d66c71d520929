using Azure;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Storage.Stores.Personas;

/// <summary>A digest subscription: partition = address hash, row = <c>digest</c>.</summary>
internal sealed class DigestSubscriptionEntity : ITableEntity
{
    public const string Row = "digest";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = Row;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public string Email { get; set; } = "";
    public string PersonaAddress { get; set; } = "";
    public int Hour { get; set; }
    public string TimeZone { get; set; } = "UTC";
    public bool Active { get; set; }

    /// <summary><c>yyyy-MM-dd</c>; dates are kept as text so no zone can shift them.</summary>
    public string? LastSentLocalDate { get; set; }
}

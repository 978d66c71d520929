using Azure;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Storage.Stores.Inbound;

/// <summary>One received email: the webhook's de-dupe row, then the worker's claim and completion record.</summary>
public sealed class DeliveryEntity : ITableEntity
{
    public const string Row = "email";
    public const string Accepted = "accepted";
    public const string Completed = "completed";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = Row;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string? EmailId { get; set; }

    /// <summary>The <c>svix-id</c> of the first delivery.</summary>
    public string? SvixId { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    /// <summary>The queue message id of the worker run holding the email; empty when that host gave none.</summary>
    public string? ClaimedBy { get; set; }

    /// <summary>When the holder's claim ends and another message may take the email over.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }

    public string Status { get; set; } = Accepted;
    public string? Outcome { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}

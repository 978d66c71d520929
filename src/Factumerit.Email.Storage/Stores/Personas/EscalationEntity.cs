using Azure;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Storage.Stores.Personas;

/// <summary>An escalation: partition = thread key hash, row = <c>escalation</c>.</summary>
internal sealed class EscalationEntity : ITableEntity
{
    public const string Row = "escalation";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = Row;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public string ThreadKey { get; set; } = "";
    public string RouteKey { get; set; } = "";
    public string ReasonCode { get; set; } = "";
    public string EscalateTo { get; set; } = "";
    public string Subject { get; set; } = "";
    public DateTimeOffset EscalatedAt { get; set; }
    public bool PickedUp { get; set; }
    public DateTimeOffset? PickedUpAt { get; set; }
    public string? PickedUpBy { get; set; }
    public DateTimeOffset? RemindedAt { get; set; }
}

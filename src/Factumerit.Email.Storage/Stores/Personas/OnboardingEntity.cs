using Azure;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Storage.Stores.Personas;

/// <summary>Onboarding state: partition = address hash, row = <c>onboarding</c>.</summary>
internal sealed class OnboardingEntity : ITableEntity
{
    public const string Row = "onboarding";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = Row;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public string Email { get; set; } = "";
    public string UserId { get; set; } = "";
    public DateTimeOffset StartedAt { get; set; }
    public string FirstMessageId { get; set; } = "";
    public DateTimeOffset? StoppedAt { get; set; }
    public string? StopReason { get; set; }
}

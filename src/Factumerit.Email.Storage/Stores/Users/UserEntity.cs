using Azure;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Storage.Stores.Users;

/// <summary>A user row: partition the normalized address, row <c>user</c>, so a lookup by sender is one point read.</summary>
public sealed class UserEntity : ITableEntity
{
    public const string Row = "user";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = Row;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string UserId { get; set; } = "";
    public string Email { get; set; } = "";
    public string? DisplayName { get; set; }
    public string TimeZone { get; set; } = "UTC";
    public string Source { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}

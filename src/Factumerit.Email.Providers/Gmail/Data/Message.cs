using System.Text.Json.Serialization;

namespace Factumerit.Email.Providers.Gmail.Data;

/// <summary>An email message (discovery schema <c>Message</c>). <see cref="Raw"/> is base64url RFC 2822.</summary>
public sealed record Message
{
    public string? Id { get; init; }

    public string? ThreadId { get; init; }

    public IReadOnlyList<string>? LabelIds { get; init; }

    public string? Snippet { get; init; }

    /// <summary>uint64, sent as a JSON string.</summary>
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public ulong? HistoryId { get; init; }

    /// <summary>Milliseconds since the epoch when Gmail accepted the message; int64, sent as a JSON string.</summary>
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public long? InternalDate { get; init; }

    public int? SizeEstimate { get; init; }

    public MessagePart? Payload { get; init; }

    public string? Raw { get; init; }

    [JsonIgnore]
    public DateTimeOffset? InternalDateTime =>
        InternalDate is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
}

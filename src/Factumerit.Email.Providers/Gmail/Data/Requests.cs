using System.Text.Json.Serialization;

namespace Factumerit.Email.Providers.Gmail.Data;

/// <summary>Body of messages.modify (discovery schema <c>ModifyMessageRequest</c>); at most 100 ids each.</summary>
public sealed record ModifyMessageRequest
{
    public IReadOnlyList<string>? AddLabelIds { get; init; }

    public IReadOnlyList<string>? RemoveLabelIds { get; init; }
}

/// <summary>Body of threads.modify (discovery schema <c>ModifyThreadRequest</c>).</summary>
public sealed record ModifyThreadRequest
{
    public IReadOnlyList<string>? AddLabelIds { get; init; }

    public IReadOnlyList<string>? RemoveLabelIds { get; init; }
}

/// <summary>
/// Body of users.watch. <see cref="TopicName"/> is <c>projects/{project}/topics/{topic}</c>;
/// <see cref="LabelFilterBehavior"/> is "include" or "exclude".
/// </summary>
public sealed record WatchRequest
{
    public string? TopicName { get; init; }

    public IReadOnlyList<string>? LabelIds { get; init; }

    public string? LabelFilterBehavior { get; init; }
}

public sealed record WatchResponse
{
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public ulong? HistoryId { get; init; }

    /// <summary>Milliseconds since the epoch; int64, sent as a JSON string.</summary>
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public long? Expiration { get; init; }

    [JsonIgnore]
    public DateTimeOffset? ExpirationTime =>
        Expiration is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
}

public sealed record Profile
{
    public string? EmailAddress { get; init; }

    public int? MessagesTotal { get; init; }

    public int? ThreadsTotal { get; init; }

    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public ulong? HistoryId { get; init; }
}

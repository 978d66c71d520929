using System.Text.Json.Serialization;

namespace Factumerit.Email.Providers.Gmail.Data;

public sealed record ListMessagesResponse
{
    public IReadOnlyList<Message>? Messages { get; init; }

    public string? NextPageToken { get; init; }

    public uint? ResultSizeEstimate { get; init; }
}

public sealed record ListDraftsResponse
{
    public IReadOnlyList<Draft>? Drafts { get; init; }

    public string? NextPageToken { get; init; }

    public uint? ResultSizeEstimate { get; init; }
}

public sealed record ListLabelsResponse
{
    public IReadOnlyList<Label>? Labels { get; init; }
}

public sealed record ListHistoryResponse
{
    public IReadOnlyList<History>? History { get; init; }

    /// <summary>The mailbox's current history id; store it after the last page.</summary>
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public ulong? HistoryId { get; init; }

    public string? NextPageToken { get; init; }
}

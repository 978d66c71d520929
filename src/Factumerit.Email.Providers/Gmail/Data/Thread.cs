using System.Text.Json.Serialization;

namespace Factumerit.Email.Providers.Gmail.Data;

/// <summary>A conversation (discovery schema <c>Thread</c>); drafts in the thread are among its messages.</summary>
public sealed record Thread
{
    public string? Id { get; init; }

    public string? Snippet { get; init; }

    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public ulong? HistoryId { get; init; }

    public IReadOnlyList<Message>? Messages { get; init; }
}

using System.Text.Json.Serialization;

namespace Factumerit.Email.Providers.Gmail.Data;

/// <summary>One mailbox change (discovery schema <c>History</c>); the messages carry only id, threadId and labels.</summary>
public sealed record History
{
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public ulong? Id { get; init; }

    public IReadOnlyList<Message>? Messages { get; init; }

    public IReadOnlyList<HistoryMessageAdded>? MessagesAdded { get; init; }

    public IReadOnlyList<HistoryMessageDeleted>? MessagesDeleted { get; init; }

    public IReadOnlyList<HistoryLabelAdded>? LabelsAdded { get; init; }

    public IReadOnlyList<HistoryLabelRemoved>? LabelsRemoved { get; init; }
}

public sealed record HistoryMessageAdded
{
    public Message? Message { get; init; }
}

public sealed record HistoryMessageDeleted
{
    public Message? Message { get; init; }
}

public sealed record HistoryLabelAdded
{
    public IReadOnlyList<string>? LabelIds { get; init; }

    public Message? Message { get; init; }
}

public sealed record HistoryLabelRemoved
{
    public IReadOnlyList<string>? LabelIds { get; init; }

    public Message? Message { get; init; }
}

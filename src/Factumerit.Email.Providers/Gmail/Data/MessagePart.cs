namespace Factumerit.Email.Providers.Gmail.Data;

/// <summary>A MIME part (discovery schema <c>MessagePart</c>); the root part is the message payload.</summary>
public sealed record MessagePart
{
    public string? PartId { get; init; }

    public string? MimeType { get; init; }

    public string? Filename { get; init; }

    public IReadOnlyList<MessagePartHeader>? Headers { get; init; }

    public MessagePartBody? Body { get; init; }

    public IReadOnlyList<MessagePart>? Parts { get; init; }

    /// <summary>The first header with this name (case-insensitive), as Gmail returns it.</summary>
    public string? GetHeader(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return Headers?.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;
    }
}

namespace Factumerit.Email.Providers.Gmail.Data;

/// <summary>
/// A label (discovery schema <c>Label</c>). <see cref="Type"/> is "system" or "user"; visibilities are
/// "labelShow" | "labelShowIfUnread" | "labelHide" and "show" | "hide".
/// </summary>
public sealed record Label
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? Type { get; init; }

    public string? LabelListVisibility { get; init; }

    public string? MessageListVisibility { get; init; }

    public int? MessagesTotal { get; init; }

    public int? MessagesUnread { get; init; }

    public int? ThreadsTotal { get; init; }

    public int? ThreadsUnread { get; init; }

    public LabelColor? Color { get; init; }
}

public sealed record LabelColor
{
    public string? BackgroundColor { get; init; }

    public string? TextColor { get; init; }
}

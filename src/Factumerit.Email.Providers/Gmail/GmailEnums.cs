namespace Factumerit.Email.Providers.Gmail;

/// <summary>The <c>format</c> parameter of messages.get and drafts.get.</summary>
public enum MessageFormat
{
    Full,
    Metadata,
    Minimal,
    Raw,
}

/// <summary>The <c>format</c> parameter of threads.get (no raw).</summary>
public enum ThreadFormat
{
    Full,
    Metadata,
    Minimal,
}

/// <summary>The <c>historyTypes</c> parameter of history.list.</summary>
public enum HistoryType
{
    MessageAdded,
    MessageDeleted,
    LabelAdded,
    LabelRemoved,
}

internal static class GmailEnumWire
{
    public static string ToWire(this MessageFormat format) => format switch
    {
        MessageFormat.Full => "full",
        MessageFormat.Metadata => "metadata",
        MessageFormat.Minimal => "minimal",
        MessageFormat.Raw => "raw",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown message format."),
    };

    public static string ToWire(this ThreadFormat format) => format switch
    {
        ThreadFormat.Full => "full",
        ThreadFormat.Metadata => "metadata",
        ThreadFormat.Minimal => "minimal",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown thread format."),
    };

    public static string ToWire(this HistoryType type) => type switch
    {
        HistoryType.MessageAdded => "messageAdded",
        HistoryType.MessageDeleted => "messageDeleted",
        HistoryType.LabelAdded => "labelAdded",
        HistoryType.LabelRemoved => "labelRemoved",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown history type."),
    };
}

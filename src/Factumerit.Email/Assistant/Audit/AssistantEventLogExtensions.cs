namespace Factumerit.Email.Assistant.Audit;

public static class AssistantEventLogExtensions
{
    /// <summary>
    /// Records a step of <paramref name="record"/>'s email; keyed by time and type, so a retried step that reuses
    /// its time replaces its event.
    /// </summary>
    /// <param name="detail">A short machine-readable detail (a count, a draft id); never email content.</param>
    public static Task RecordForAsync(this IAssistantEventLog events, AssistantEmail record, string type, DateTimeOffset at,
        string? detail = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        return events.RecordAsync(new AssistantEvent(record.Mailbox, type, EventKeys.At(at, type), at, record.MessageId,
            record.ThreadId, record.Category, detail), cancellationToken);
    }
}

namespace Factumerit.Email.Lifecycle;

/// <summary>One entry of the assistant's audit trail for a thread.</summary>
/// <param name="Type">One of <see cref="AssistantEventTypes"/>.</param>
/// <param name="Detail">A short machine-readable detail (a count, a draft id); never email content.</param>
public sealed record AssistantEvent(
    string Mailbox,
    string ThreadId,
    string MessageId,
    string Type,
    DateTimeOffset At,
    string? Detail = null);

/// <summary>The event types spec 002 names for the draft lifecycle.</summary>
public static class AssistantEventTypes
{
    public const string ReworkLimitReached = "rework_limit_reached";
    public const string Archived = "archived";
    public const string SentDetected = "sent_detected";
    public const string WaitingRetriaged = "waiting_retriaged";
}

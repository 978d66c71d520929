namespace Factumerit.Email.Lifecycle;

/// <summary>
/// Where lifecycle events are written. The Gmail ingest side owns the event table; until its store is registered
/// the host supplies its own implementation.
/// </summary>
public interface IAssistantEventLog
{
    /// <summary>Appends the event. Failures propagate so the job is retried rather than losing the event.</summary>
    Task WriteAsync(AssistantEvent assistantEvent, CancellationToken cancellationToken = default);
}

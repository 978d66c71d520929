namespace Factumerit.Email.Llm;

/// <summary>Receives every model call, successful or not, for the audit table.</summary>
public interface ILlmAuditSink
{
    /// <summary>Stores the record. Failures propagate: an unaudited call must not pass silently.</summary>
    Task RecordAsync(LlmCallRecord record, CancellationToken cancellationToken = default);
}

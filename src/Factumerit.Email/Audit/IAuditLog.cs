namespace Factumerit.Email.Audit;

/// <summary>Writes the audit trail that <c>factumerit events tail</c> reads.</summary>
public interface IAuditLog
{
    /// <summary>Writes the event; an event of the same kind, time and email replaces the earlier one.</summary>
    Task WriteAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default);
}

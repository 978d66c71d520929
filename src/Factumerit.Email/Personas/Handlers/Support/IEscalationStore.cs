namespace Factumerit.Email.Personas.Handlers.Support;

/// <summary>Open and picked-up escalations, so an unanswered one can be sent again.</summary>
public interface IEscalationStore
{
    /// <summary>Records a new escalation.</summary>
    /// <returns>False when the thread was escalated before; the earlier record is kept.</returns>
    Task<bool> OpenAsync(EscalationRecord record, CancellationToken cancellationToken = default);

    Task<EscalationRecord?> GetAsync(string threadKey, CancellationToken cancellationToken = default);

    /// <summary>Marks the escalation picked up: no reminder goes out after this.</summary>
    /// <returns>False when no escalation exists for the thread; marking twice keeps the first mark.</returns>
    Task<bool> MarkPickedUpAsync(string threadKey, string pickedUpBy, DateTimeOffset at, CancellationToken cancellationToken = default);

    Task MarkRemindedAsync(string threadKey, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Escalations nobody has picked up yet, oldest first.</summary>
    IAsyncEnumerable<EscalationRecord> ListOpenAsync(CancellationToken cancellationToken = default);
}

using Factumerit.Email.Personas;

namespace Factumerit.Email.Inbound;

/// <summary>Persona threads, their turns and the Message-ID index that finds them.</summary>
public interface IPersonaThreadStore
{
    /// <summary>The thread any of <paramref name="messageIds"/> belongs to, trying them in the order given.</summary>
    Task<PersonaThread?> FindByMessageIdsAsync(IReadOnlyList<string> messageIds, CancellationToken cancellationToken = default);

    /// <summary>The thread's last <paramref name="maxTurns"/> turns, oldest first.</summary>
    Task<IReadOnlyList<ConversationTurn>> GetHistoryAsync(string threadId, int maxTurns, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records the exchange: creates or updates the thread (turn count, escalation) under its ETag and indexes the
    /// message id. Recording the same email twice changes nothing the second time.
    /// </summary>
    Task<PersonaThread> RecordAsync(ThreadExchange exchange, CancellationToken cancellationToken = default);
}

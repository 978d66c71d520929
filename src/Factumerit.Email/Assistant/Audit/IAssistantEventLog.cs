namespace Factumerit.Email.Assistant.Audit;

/// <summary>The assistant's event table.</summary>
public interface IAssistantEventLog
{
    /// <summary>Stores the event; writing an event with the same mailbox and key again replaces it.</summary>
    Task RecordAsync(AssistantEvent assistantEvent, CancellationToken cancellationToken = default);

    /// <summary>The events of one message, oldest first.</summary>
    Task<IReadOnlyList<AssistantEvent>> ListForMessageAsync(string mailbox, string messageId, CancellationToken cancellationToken = default);
}

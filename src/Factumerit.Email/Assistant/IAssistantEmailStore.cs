namespace Factumerit.Email.Assistant;

/// <summary>Assistant email records, one per (mailbox, Gmail message id), with a thread index.</summary>
public interface IAssistantEmailStore
{
    Task<AssistantEmail?> GetAsync(string mailbox, string messageId, CancellationToken cancellationToken = default);

    /// <summary>The newest record of a thread, or null.</summary>
    Task<AssistantEmail?> FindLatestInThreadAsync(string mailbox, string threadId, CancellationToken cancellationToken = default);

    /// <summary>Inserts a new record; returns false if one already exists for the message (a duplicate delivery).</summary>
    Task<bool> TryAddAsync(AssistantEmail email, CancellationToken cancellationToken = default);

    /// <summary>Writes <paramref name="email"/> if it is unchanged since read (its ETag); false if someone else changed it.</summary>
    Task<bool> TryUpdateAsync(AssistantEmail email, CancellationToken cancellationToken = default);
}

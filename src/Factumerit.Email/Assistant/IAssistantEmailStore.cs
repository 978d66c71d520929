namespace Factumerit.Email.Assistant;

/// <summary>Assistant email records, one per (mailbox, Gmail message id), with a thread index.</summary>
public interface IAssistantEmailStore
{
    Task<AssistantEmail?> GetAsync(string mailbox, string messageId, CancellationToken cancellationToken = default);

    /// <summary>The newest record of a thread, or null.</summary>
    Task<AssistantEmail?> FindLatestInThreadAsync(string mailbox, string threadId, CancellationToken cancellationToken = default);

    /// <summary>Every record of a thread, newest first. The default knows only the newest.</summary>
    async Task<IReadOnlyList<AssistantEmail>> ListInThreadAsync(string mailbox, string threadId, CancellationToken cancellationToken = default) =>
        await FindLatestInThreadAsync(mailbox, threadId, cancellationToken).ConfigureAwait(false) is { } latest ? [latest] : [];

    /// <summary>Inserts a new record; returns false if one already exists for the message (a duplicate delivery).</summary>
    Task<bool> TryAddAsync(AssistantEmail email, CancellationToken cancellationToken = default);

    /// <summary>Writes <paramref name="email"/> if it is unchanged since read (its ETag); false if someone else changed it.</summary>
    Task<bool> TryUpdateAsync(AssistantEmail email, CancellationToken cancellationToken = default);

    /// <summary>Like <see cref="TryAddAsync"/>, returning the stored record with its ETag, or null for a duplicate.</summary>
    async Task<AssistantEmail?> TryInsertAsync(AssistantEmail email, CancellationToken cancellationToken = default) =>
        await TryAddAsync(email, cancellationToken).ConfigureAwait(false)
            ? await GetAsync(email.Mailbox, email.MessageId, cancellationToken).ConfigureAwait(false)
            : null;

    /// <summary>Like <see cref="TryUpdateAsync"/>, returning the record with its new ETag, or null when it changed since read.</summary>
    async Task<AssistantEmail?> TryReplaceAsync(AssistantEmail email, CancellationToken cancellationToken = default) =>
        await TryUpdateAsync(email, cancellationToken).ConfigureAwait(false)
            ? await GetAsync(email.Mailbox, email.MessageId, cancellationToken).ConfigureAwait(false)
            : null;
}

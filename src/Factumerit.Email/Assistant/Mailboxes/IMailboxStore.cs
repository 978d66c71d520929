namespace Factumerit.Email.Assistant.Mailboxes;

/// <summary>Connected mailboxes, one row each, written under their ETag.</summary>
public interface IMailboxStore
{
    Task<Mailbox?> GetAsync(string address, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Mailbox>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Inserts the mailbox; false when one with that address exists.</summary>
    Task<bool> TryAddAsync(Mailbox mailbox, CancellationToken cancellationToken = default);

    /// <summary>Replaces the row if its ETag still matches <see cref="Mailbox.ETag"/>; null when someone changed it.</summary>
    Task<Mailbox?> TryUpdateAsync(Mailbox mailbox, CancellationToken cancellationToken = default);

    /// <summary>Deletes the row; false when there was none.</summary>
    Task<bool> DeleteAsync(string address, CancellationToken cancellationToken = default);
}

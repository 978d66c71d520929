namespace Factumerit.Email.Assistant.Mailboxes;

public static class MailboxStoreExtensions
{
    private const int MaxAttempts = 10;

    /// <summary>
    /// Read, change, write under the ETag, and again from a fresh read when another writer got there first.
    /// <paramref name="change"/> returns null to leave the row alone.
    /// </summary>
    /// <returns>The row as written, or null when the mailbox does not exist or <paramref name="change"/> declined.</returns>
    public static async Task<Mailbox?> UpdateAsync(this IMailboxStore store, string address, Func<Mailbox, Mailbox?> change,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var current = await store.GetAsync(address, cancellationToken).ConfigureAwait(false);
            if (current is null || change(current) is not { } changed)
            {
                return null;
            }
            if (await store.TryUpdateAsync(changed, cancellationToken).ConfigureAwait(false) is { } written)
            {
                return written;
            }
        }
        throw new InvalidOperationException($"The mailbox row kept changing under {MaxAttempts} attempts to update it.");
    }
}

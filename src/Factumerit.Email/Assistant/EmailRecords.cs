namespace Factumerit.Email.Assistant;

public static class EmailRecords
{
    private const int MaxAttempts = 10;

    /// <summary>
    /// Applies <paramref name="change"/> to <paramref name="record"/> and writes it under its ETag; when another
    /// writer got there first (the drafting side updates the same record), re-reads and applies it again.
    /// </summary>
    public static async Task<AssistantEmail> UpdateAsync(IAssistantEmailStore store, AssistantEmail record,
        Func<AssistantEmail, AssistantEmail> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(change);
        var current = record;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (await store.TryReplaceAsync(change(current), cancellationToken).ConfigureAwait(false) is { } written)
            {
                return written;
            }
            current = await store.GetAsync(record.Mailbox, record.MessageId, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The email record disappeared while it was being updated.");
        }
        throw new InvalidOperationException($"The email record kept changing under {MaxAttempts} attempts to update it.");
    }
}

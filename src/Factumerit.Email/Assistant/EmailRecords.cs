namespace Factumerit.Email.Assistant;

/// <summary>ETag-conditional record changes that re-read and re-apply on a conflict (sync, classification and drafting share records).</summary>
public static class EmailRecords
{
    private const int MaxAttempts = 10;

    /// <summary>Applies <paramref name="change"/> under the record's ETag, re-reading and re-applying it when another writer got there first.</summary>
    /// <returns>The record as written, with its new ETag.</returns>
    public static async Task<AssistantEmail> UpdateAsync(IAssistantEmailStore store, AssistantEmail record,
        Func<AssistantEmail, AssistantEmail> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        return await TryUpdateAsync(store, record, change, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The email record disappeared while it was being updated.");
    }

    /// <param name="change">
    /// Builds the new record from the current one; null means the change no longer applies to what is stored.
    /// </param>
    /// <returns>The record as written (new ETag), or null when <paramref name="change"/> declined or the record vanished.</returns>
    public static async Task<AssistantEmail?> TryUpdateAsync(IAssistantEmailStore store, AssistantEmail record,
        Func<AssistantEmail, AssistantEmail?> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(change);
        var current = record;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (change(current) is not { } next)
            {
                return null;
            }
            if (await store.TryReplaceAsync(next with { ETag = current.ETag }, cancellationToken).ConfigureAwait(false) is { } written)
            {
                return written;
            }
            if (await store.GetAsync(record.Mailbox, record.MessageId, cancellationToken).ConfigureAwait(false) is not { } fresh)
            {
                return null;
            }
            current = fresh;
        }
        // Failing hands the job back to its queue, which retries once the contention has passed.
        throw new InvalidOperationException($"The email record kept changing under {MaxAttempts} attempts to update it.");
    }
}

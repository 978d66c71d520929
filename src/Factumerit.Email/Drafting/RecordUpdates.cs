using Factumerit.Email.Assistant;

namespace Factumerit.Email.Drafting;

/// <summary>ETag-conditional record changes that re-read and re-apply on a conflict.</summary>
public static class RecordUpdates
{
    private const int MaxAttempts = 5;

    /// <param name="change">
    /// Builds the new record from the current one; null means the change no longer applies to what is stored.
    /// </param>
    /// <returns>The record as written, or null when <paramref name="change"/> declined or the record vanished.</returns>
    public static async Task<AssistantEmail?> UpdateAsync(IAssistantEmailStore store, AssistantEmail record,
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
            if (await store.TryUpdateAsync(next with { ETag = current.ETag }, cancellationToken).ConfigureAwait(false))
            {
                return next;
            }
            if (await store.GetAsync(record.Mailbox, record.MessageId, cancellationToken).ConfigureAwait(false) is not { } fresh)
            {
                return null;
            }
            current = fresh;
        }
        // Letting the job fail hands it back to the queue, which retries later when the contention has passed.
        throw new InvalidOperationException(
            $"Assistant record {record.MessageId} kept changing under {MaxAttempts} conditional updates.");
    }
}

namespace Factumerit.Email.Triage;

public static class OwnMoves
{
    /// <summary>
    /// Records that triage itself is about to put a thread in <paramref name="folder"/>. Call it before the Gmail
    /// change: the label change that follows then matches the record, and is not learned as the user's move.
    /// </summary>
    public static async Task RecordOwnMoveAsync(this ITriageStore store, string mailbox, string threadId, string folder,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (await store.GetThreadAsync(mailbox, threadId, cancellationToken).ConfigureAwait(false) is { } thread && thread.FinalFolder != folder)
        {
            await store.SaveThreadAsync(thread with { FinalFolder = folder }, cancellationToken).ConfigureAwait(false);
        }
    }
}

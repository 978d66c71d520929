using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Assistant.Messages;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Triage.Learning;

/// <summary>
/// The <c>triage-label-change</c> work (spec 003 "Conflict Resolution" and "Learning System"): when the labels of a
/// triaged thread put it in another folder than the one triage recorded, the user moved it. The move is recorded
/// (triage then leaves the thread alone for <see cref="TriageHook.ManualMoveHold"/>) and becomes a training
/// example that feeds the sender rules. Triage records its own moves before making them, so they match the record
/// and teach nothing. Costs one storage read per changed thread, and three writes plus one example query for a move.
/// </summary>
public sealed class ManualMoves(ITriageStore store, IMailboxStore mailboxes, SenderRules rules, TimeProvider time, ILogger<ManualMoves> logger)
{
    /// <returns>The training example recorded, or null when the change was ours, not a move, or not on a triaged thread.</returns>
    public async Task<TrainingExample?> HandleAsync(TriageLabelChanged change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentException.ThrowIfNullOrWhiteSpace(change.Mailbox);
        ArgumentException.ThrowIfNullOrWhiteSpace(change.ThreadId);
        if (await mailboxes.GetAsync(change.Mailbox, cancellationToken).ConfigureAwait(false) is not { } mailbox
            || await store.GetThreadAsync(mailbox.Address, change.ThreadId, cancellationToken).ConfigureAwait(false) is not { } thread
            || thread.LabelsHistoryId >= change.HistoryId)
        {
            return null;
        }
        var chosen = ThreadFolder.Of(mailbox, change.LabelIds, change.LastAddedLabelId);
        if (chosen is null || chosen == thread.FinalFolder)
        {
            return null;
        }

        var now = time.GetUtcNow();
        // The record first: a redelivery then sees the move as done and cannot count the correction twice.
        await store.SaveThreadAsync(thread with
        {
            FinalFolder = chosen,
            ManualMoveAt = now,
            LabelsHistoryId = change.HistoryId,
            Reviewed = thread.Reviewed || thread.FinalFolder == TriageFolders.Review,
        }, cancellationToken).ConfigureAwait(false);
        if (chosen == TriageFolders.Review)
        {
            // Parking a thread in Review says nothing about where it belongs.
            TriageLog.MovedByHand(logger, chosen, false);
            return null;
        }
        var example = new TrainingExample(mailbox.Address, thread.ThreadId, thread.FromDomain, thread.Subject, thread.SuggestedFolder, chosen,
            chosen != thread.SuggestedFolder, TrainingSources.ManualMove, now)
        {
            FromAddress = thread.FromAddress,
        };
        await rules.LearnAsync(example, mailbox.Settings, cancellationToken).ConfigureAwait(false);
        TriageLog.MovedByHand(logger, chosen, example.WasCorrection);
        return example;
    }
}

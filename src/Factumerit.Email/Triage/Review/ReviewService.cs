using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Triage.Decisions;
using Factumerit.Email.Triage.Learning;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Triage.Review;

/// <summary>
/// The Review folder (spec 003 "Low-Confidence → Review Folder"): lists the threads triage was unsure about and
/// settles them as the user says, moving the labels in Gmail and learning from the answer like any other
/// confirmation or correction. Settling is idempotent: a thread settled once is left as it is.
/// </summary>
public sealed class ReviewService(
    ITriageStore store,
    IMailboxStore mailboxes,
    IAssistantEmailStore emails,
    TriageApplier applier,
    SenderRules rules,
    TimeProvider time,
    ILogger<ReviewService> logger)
{
    /// <returns>Null when the mailbox is not connected.</returns>
    public async Task<IReadOnlyList<ReviewItem>?> ListAsync(string mailbox, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mailbox);
        var address = Mailbox.Normalize(mailbox);
        if (await mailboxes.GetAsync(address, cancellationToken).ConfigureAwait(false) is null)
        {
            return null;
        }
        var threads = await store.ListThreadsAsync(address, TriageFolders.Review, cancellationToken).ConfigureAwait(false);
        var items = new List<ReviewItem>();
        foreach (var t in threads.Where(t => !t.Reviewed))
        {
            var email = await emails.GetAsync(address, t.MessageId, cancellationToken).ConfigureAwait(false);
            items.Add(new ReviewItem(t.ThreadId, t.MessageId, t.Subject, email?.From, t.SuggestedFolder, t.Reasoning, t.Confidence, t.Source,
                t.TriagedAt));
        }
        return items;
    }

    /// <summary>The connected mailboxes that have triaged <paramref name="threadId"/>.</summary>
    public async Task<IReadOnlyList<string>> FindMailboxesAsync(string threadId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(threadId);
        var owners = new List<string>();
        foreach (var box in await mailboxes.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await store.GetThreadAsync(box.Address, threadId, cancellationToken).ConfigureAwait(false) is not null)
            {
                owners.Add(box.Address);
            }
        }
        return owners;
    }

    /// <param name="folder">The user's folder for <see cref="ReviewAction.Override"/>; ignored otherwise.</param>
    public async Task<ReviewOutcome> SettleAsync(string mailbox, string threadId, ReviewAction action, string? folder = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mailbox);
        ArgumentException.ThrowIfNullOrWhiteSpace(threadId);
        string? picked = null;
        if (action == ReviewAction.Override && (picked = ReviewFolders.Parse(folder)) is null)
        {
            return new ReviewOutcome(ReviewOutcomeKind.InvalidFolder);
        }
        var address = Mailbox.Normalize(mailbox);
        if (await mailboxes.GetAsync(address, cancellationToken).ConfigureAwait(false) is not { } box
            || await store.GetThreadAsync(address, threadId, cancellationToken).ConfigureAwait(false) is not { } thread)
        {
            return new ReviewOutcome(ReviewOutcomeKind.NotFound);
        }
        if (thread.Reviewed)
        {
            return new ReviewOutcome(ReviewOutcomeKind.AlreadySettled, thread);
        }
        if (thread.FinalFolder != TriageFolders.Review)
        {
            return new ReviewOutcome(ReviewOutcomeKind.NotInReview, thread);
        }

        var suggestion = ReviewFolders.Parse(thread.SuggestedFolder) ?? TriageFolders.Inbox;
        var target = action switch
        {
            ReviewAction.Accept => suggestion,
            ReviewAction.Override => picked!,
            _ => TriageFolders.Inbox,
        };
        var now = time.GetUtcNow();
        var settled = thread with
        {
            FinalFolder = target,
            Reviewed = true,
            Source = action == ReviewAction.Accept ? TriageSources.UserAccepted : TriageSources.UserOverride,
            // The user just filed it: triage keeps its hands off as after any manual move.
            ManualMoveAt = now,
        };
        // Saved before the labels move, so the label change Gmail reports back reads as triage's own, not a new manual move.
        await store.SaveThreadAsync(settled, cancellationToken).ConfigureAwait(false);
        try
        {
            await applier.MoveAsync(box, threadId, target, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ReviewLog.LabelsFailed(logger, threadId, ex);
            await store.SaveThreadAsync(thread, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        var example = new TrainingExample(address, threadId, thread.FromDomain, thread.Subject, suggestion, target,
            !string.Equals(suggestion, target, StringComparison.Ordinal), TrainingSources.ReviewFolder, now);
        var rule = await rules.LearnAsync(example, box.Settings, cancellationToken).ConfigureAwait(false);
        ReviewLog.Settled(logger, threadId, action, target, example.WasCorrection);
        return new ReviewOutcome(ReviewOutcomeKind.Settled, settled, example, rule);
    }
}

using Factumerit.Email.Assistant.Classification;
using Factumerit.Email.Assistant.Mailboxes;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Triage.Organize;

/// <summary>
/// One Inbox thread of an Organize run, through the same path as new mail (the newest message from someone else is
/// classified, and triage rides on that one LLM call, sender rules first). A thread triage already has a record of is
/// not triaged again: counted as skipped, or, when this run triaged it before a crash, by where it went.
/// </summary>
public sealed class OrganizeThreadTriage(ReclassificationService reclassifier, ITriageStore triage, ILogger<OrganizeThreadTriage> logger)
{
    /// <param name="lastDelivery">The page will not be delivered again: a failure is counted instead of thrown.</param>
    public async Task<OrganizeCounts> TriageAsync(Mailbox mailbox, OrganizeRun run, string threadId, bool lastDelivery,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentException.ThrowIfNullOrWhiteSpace(threadId);
        if (await triage.GetThreadAsync(mailbox.Address, threadId, cancellationToken).ConfigureAwait(false) is { } known)
        {
            return known.TriagedAt >= run.CreatedAt ? Count(known) : new OrganizeCounts(Seen: 1, Skipped: 1);
        }
        try
        {
            var outcome = await reclassifier.ReclassifyThreadAsync(mailbox.Address, threadId, cancellationToken).ConfigureAwait(false);
            if (outcome.Kind is ReclassifyOutcomeKind.MessageGone or ReclassifyOutcomeKind.UnknownMailbox)
            {
                return new OrganizeCounts(Seen: 1, Skipped: 1);
            }
        }
        catch (Exception ex) when (lastDelivery && ex is not OperationCanceledException)
        {
            OrganizeLog.ThreadFailed(logger, ex, run.Id, threadId);
            return new OrganizeCounts(Seen: 1, Errors: 1);
        }
        // No record means triage left the thread where it was (the user's own label, the user sent last).
        var triaged = await triage.GetThreadAsync(mailbox.Address, threadId, cancellationToken).ConfigureAwait(false);
        return triaged is null ? new OrganizeCounts(Seen: 1, Kept: 1) : Count(triaged);
    }

    private static OrganizeCounts Count(TriagedThread thread) => thread.FinalFolder switch
    {
        TriageFolders.Inbox => new OrganizeCounts(Seen: 1, Kept: 1),
        TriageFolders.Review => new OrganizeCounts(Seen: 1, Review: 1),
        _ => new OrganizeCounts(Seen: 1, Moved: 1),
    };
}

using Factumerit.Email.Digest;
using Factumerit.Email.Recruiting.Leads;
using Factumerit.Email.Recruiting.Signals;
using Factumerit.Email.Triage.Review;

namespace Factumerit.Email.Functions.Api;

/// <summary>What a confirmed digest link did, as a status code and a page.</summary>
internal sealed record DigestActionOutcome(int Status, string Title, string Detail);

/// <summary>Runs a confirmed digest action through the same services as the operator endpoints.</summary>
internal sealed class DigestActionPerformer(SignalService signals, LeadService leads, ReviewService review)
{
    public async Task<DigestActionOutcome> PerformAsync(DigestLinkClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        switch (claim.Kind)
        {
            case DigestActionKinds.SignalDismiss:
                return await signals.DismissAsync(claim.Target, cancellationToken) is null
                    ? Missing("signal")
                    : Done("Signal dismissed", "It will not be suggested again.");
            case DigestActionKinds.SignalApply:
                var applied = await signals.ApplyAsync(claim.Target, null, cancellationToken);
                return !applied.Found ? Missing("signal")
                    : applied.Problem is { } problem ? new(StatusCodes.Status409Conflict, "Nothing was changed", problem)
                    : Done("Signal applied", $"The stage is now {applied.Stage}.");
            case DigestActionKinds.LeadApprove or DigestActionKinds.LeadReject:
                var approve = claim.Kind == DigestActionKinds.LeadApprove;
                return await leads.DecideAsync(claim.Target, approve, cancellationToken) is null
                    ? Missing("lead")
                    : Done(approve ? "Lead approved" : "Lead rejected", "The pipeline is updated.");
            case DigestActionKinds.ReviewAccept or DigestActionKinds.ReviewDismiss:
                return await SettleAsync(claim, cancellationToken);
            default:
                return Unknown();
        }
    }

    private async Task<DigestActionOutcome> SettleAsync(DigestLinkClaim claim, CancellationToken cancellationToken)
    {
        if (!ReviewLinkTarget.TryParse(claim.Target, out var mailbox, out var threadId))
        {
            return Unknown();
        }
        var action = claim.Kind == DigestActionKinds.ReviewAccept ? ReviewAction.Accept : ReviewAction.Dismiss;
        ReviewOutcome outcome;
        try
        {
            outcome = await review.SettleAsync(mailbox, threadId, action, null, cancellationToken);
        }
        catch (Azure.RequestFailedException)
        {
            // ReviewService has put the thread back as it was, so the same link can simply be used again.
            return new(StatusCodes.Status502BadGateway, "Nothing was changed", "Gmail did not take the change. Try the link again later.");
        }
        return outcome.Kind switch
        {
            ReviewOutcomeKind.Settled => Done(action == ReviewAction.Accept ? $"Filed in {outcome.Thread!.FinalFolder}" : "Kept in the Inbox",
                "The thread has left Review, and triage will learn from your answer."),
            ReviewOutcomeKind.AlreadySettled => Done("Already done",
                $"This thread was settled before (it is in {outcome.Thread!.FinalFolder}); nothing was changed."),
            ReviewOutcomeKind.NotInReview => new(StatusCodes.Status409Conflict, "Nothing was changed",
                $"The thread is no longer in Review (it is in {outcome.Thread!.FinalFolder})."),
            _ => Missing("thread"),
        };
    }

    private static DigestActionOutcome Done(string title, string detail) => new(StatusCodes.Status200OK, title, detail);

    private static DigestActionOutcome Unknown() =>
        new(StatusCodes.Status400BadRequest, "Unknown action", "This link asks for something this server does not do.");

    private static DigestActionOutcome Missing(string what) =>
        new(StatusCodes.Status404NotFound, $"No such {what}", $"The {what} no longer exists.");
}

using Factumerit.Email.Digest;
using Factumerit.Email.Recruiting.Leads;
using Factumerit.Email.Recruiting.Signals;

namespace Factumerit.Email.Functions.Api;

/// <summary>What a confirmed digest link did, as a status code and a page.</summary>
internal sealed record DigestActionOutcome(int Status, string Title, string Detail);

/// <summary>Runs a confirmed digest action through the same services as the operator endpoints.</summary>
internal sealed class DigestActionPerformer(SignalService signals, LeadService leads)
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
            default:
                return new(StatusCodes.Status400BadRequest, "Unknown action", "This link asks for something this server does not do.");
        }
    }

    private static DigestActionOutcome Done(string title, string detail) => new(StatusCodes.Status200OK, title, detail);

    private static DigestActionOutcome Missing(string what) =>
        new(StatusCodes.Status404NotFound, $"No such {what}", $"The {what} no longer exists.");
}

using Factumerit.Email.Audit;
using Factumerit.Email.Mail;
using Factumerit.Email.Ports;
using Factumerit.Email.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Inbound;

/// <summary>A <c>forward</c> route: the message goes, original attached, to the route's <c>forward_to</c>.</summary>
public sealed class ForwardRoute(
    RoutingTable routing,
    IOutboundMail outbound,
    IAuditLog audit,
    IOptions<InboundOptions> options,
    ILogger<ForwardRoute> logger)
{
    public async Task<string> ForwardAsync(RoutedEmail routed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(routed);
        var target = routed.Route.ForwardTo
            ?? throw new InvalidOperationException($"Forward route '{routed.Route.Key}' has no forward_to.");

        // A forward we sent that comes back (forward_to pointing at one of our own addresses) would circle forever.
        if (routed.Sender is { } sender && LoopGuard.IsOwnAddress(routing, sender)
            && AutomatedMailRules.Check(sender, routed.Email.Headers) is { } automated)
        {
            Log.Suppressed(logger, routed.EmailId, routed.Route.Key, automated.Code);
            await WriteAsync(routed, AuditKinds.SuppressedLoop, automated.Code, [], cancellationToken).ConfigureAwait(false);
            return AuditKinds.SuppressedLoop;
        }

        var note = $"Received at {routed.PersonaAddress}, which forwards to this address.";
        await outbound.EnqueueAsync(OutboundMessages.Forward(routed, target, note, options.Value.MaxBodyChars),
            OutboundMessages.ForwardKey(routed.EmailId), cancellationToken).ConfigureAwait(false);
        await WriteAsync(routed, AuditKinds.Forwarded, InboundOutcomes.Forwarded, [target.Address], cancellationToken).ConfigureAwait(false);
        return InboundOutcomes.Forwarded;
    }

    private Task WriteAsync(RoutedEmail routed, string kind, string outcome, IReadOnlyList<string> forwards,
        CancellationToken cancellationToken) =>
        audit.WriteAsync(new AuditEvent(kind, routed.Message.AcceptedAt, routed.EmailId)
        {
            Route = routed.Route.Key,
            SenderHash = routed.SenderHash,
            Outcome = outcome,
            Forwards = forwards,
        }, cancellationToken);
}

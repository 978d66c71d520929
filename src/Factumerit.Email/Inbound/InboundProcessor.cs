using Factumerit.Email.Audit;
using Factumerit.Email.Mail;
using Factumerit.Email.Messages;
using Factumerit.Email.Routing;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Inbound;

/// <summary>
/// Handles one <see cref="EmailReceived"/>: fetch, archive, route, then drop, forward or hand to a persona.
/// One run per email at a time: the ledger claim turns away a second message while the first is being worked on.
/// Safe to run again for the same email all the same (a lease outlived, a redelivery after a crash): every effect is
/// keyed by the email id. Exceptions escape, so the queue retries the message and finally moves it to
/// <c>inbound-poison</c>; the claim is left as it is, since the retry carries the same message id.
/// </summary>
public sealed class InboundProcessor(
    IInboundLedger ledger,
    IReceivedEmailSource source,
    IMessageArchive archive,
    RoutingTable routing,
    ForwardRoute forwarding,
    PersonaConversation persona,
    IAuditLog audit,
    ILogger<InboundProcessor> logger)
{
    /// <param name="deliveryId">The queue message id, which lets a redelivery of this message take back its own claim.</param>
    /// <returns>The outcome code, also recorded in the ledger (except the two that acknowledge without work).</returns>
    public async Task<string> ProcessAsync(EmailReceived message, string? deliveryId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.EmailId);
        switch (await ledger.ClaimAsync(message.EmailId, deliveryId, cancellationToken).ConfigureAwait(false))
        {
            case InboundClaim.Completed:
                Log.AlreadyHandled(logger, message.EmailId);
                return InboundOutcomes.AlreadyHandled;
            case InboundClaim.HeldElsewhere:
                Log.HeldElsewhere(logger, message.EmailId);
                return InboundOutcomes.InProgress;
        }

        var email = await source.GetAsync(message.EmailId, cancellationToken).ConfigureAwait(false);
        if (email.CreatedAt == default)
        {
            email = email with { CreatedAt = message.AcceptedAt }; // thread turns are ordered by it
        }
        var target = RecipientResolver.Resolve(routing, email);
        await archive.SaveAsync(email, target?.Route.Key, cancellationToken).ConfigureAwait(false);

        var sender = EmailAddress.TryParse(email.From, out var from) ? from : null;
        var senderHash = SenderHash.Compute(email.From);
        string outcome;
        if (target is not { } found)
        {
            Log.UnknownRecipient(logger, message.EmailId);
            outcome = await DropAsync(message, null, senderHash, InboundOutcomes.UnknownRecipient, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var routed = new RoutedEmail(message, email, found.Route, found.Address, sender, senderHash);
            Log.Routed(logger, message.EmailId, senderHash, found.Route.Key, found.Route.ActionName);
            outcome = found.Route.Action switch
            {
                RouteAction.Drop => await DropAsync(message, found.Route, senderHash, InboundOutcomes.RouteDrop, cancellationToken).ConfigureAwait(false),
                RouteAction.Forward => await forwarding.ForwardAsync(routed, cancellationToken).ConfigureAwait(false),
                RouteAction.Ai => await persona.HandleAsync(routed, cancellationToken).ConfigureAwait(false),
                _ => throw new InvalidOperationException($"Route '{found.Route.Key}' has an unknown action."),
            };
        }

        await ledger.CompleteAsync(message.EmailId, outcome, cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    private async Task<string> DropAsync(EmailReceived message, Route? route, string senderHash, string outcome,
        CancellationToken cancellationToken)
    {
        await audit.WriteAsync(new AuditEvent(AuditKinds.Dropped, message.AcceptedAt, message.EmailId)
        {
            Route = route?.Key,
            SenderHash = senderHash,
            Outcome = outcome,
        }, cancellationToken).ConfigureAwait(false);
        return outcome;
    }
}

using Factumerit.Email.Audit;
using Factumerit.Email.Mail;
using Factumerit.Email.Messages;
using Factumerit.Email.Routing;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Inbound;

/// <summary>
/// Handles one <see cref="EmailReceived"/>: fetch, archive, route, then drop, forward or hand to a persona.
/// Safe to run again for the same email: every effect is keyed by the email id. Exceptions escape, so the queue
/// retries the message and finally moves it to <c>inbound-poison</c>.
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
    /// <returns>The outcome code, also recorded in the ledger.</returns>
    public async Task<string> ProcessAsync(EmailReceived message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.EmailId);
        if (await ledger.IsCompletedAsync(message.EmailId, cancellationToken).ConfigureAwait(false))
        {
            Log.AlreadyHandled(logger, message.EmailId);
            return InboundOutcomes.AlreadyHandled;
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

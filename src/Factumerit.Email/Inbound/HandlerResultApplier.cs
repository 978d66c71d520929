using Factumerit.Email.Audit;
using Factumerit.Email.Mail;
using Factumerit.Email.Personas;
using Factumerit.Email.Ports;
using Factumerit.Email.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Inbound;

/// <summary>
/// Carries out a <see cref="HandlerResult"/>: reply, forward, escalate, record the turn, audit. Forward and escalation
/// targets must be addresses the route configures: whatever a message talked the model into, it cannot pick one.
/// </summary>
public sealed class HandlerResultApplier(
    IPersonaThreadStore threads,
    IOutboundMail outbound,
    IAuditLog audit,
    IEnumerable<IEscalationObserver> observers,
    IOptions<InboundOptions> options,
    TimeProvider time,
    ILogger<HandlerResultApplier> logger)
{
    private const int MaxDetails = 20;
    private const int MaxDetailChars = 200;

    public async Task<string> ApplyAsync(HandledEmail handled, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handled);
        var (routed, result) = (handled.Routed, handled.Result);
        var route = routed.Route;
        var maxBody = options.Value.MaxBodyChars;

        var requested = result.ForwardTo;
        var allowed = requested is null || AllowedTargets(route).Contains(requested.WithoutTag());
        if (!allowed)
        {
            Log.ForwardRefused(logger, route.Handler!, routed.EmailId, route.Key);
            await WriteRefusalAsync(routed, InboundOutcomes.NotInConfiguration, cancellationToken).ConfigureAwait(false);
        }

        var forwards = new List<string>();
        ThreadEscalation? escalation = null;
        if (result.Escalation is { } handover)
        {
            var target = (allowed ? requested : null) ?? route.Config.GetAddress("escalate_to");
            if (target is null)
            {
                await WriteRefusalAsync(routed, InboundOutcomes.NoEscalationTarget, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await outbound.EnqueueAsync(
                    OutboundMessages.Transcript(routed, target, handover, handled.History, handled.ReplyText, maxBody),
                    OutboundMessages.EscalationKey(routed.EmailId), cancellationToken).ConfigureAwait(false);
                forwards.Add(target.Address);
                escalation = new ThreadEscalation(target.Address, handover.ReasonCode);
            }
        }
        else if (requested is not null && allowed)
        {
            var note = $"The {route.Handler} persona forwarded this message to you.";
            await outbound.EnqueueAsync(OutboundMessages.Forward(routed, requested, note, maxBody),
                OutboundMessages.ForwardKey(routed.EmailId), cancellationToken).ConfigureAwait(false);
            forwards.Add(requested.Address);
        }

        var replied = await ReplyAsync(routed, result, cancellationToken).ConfigureAwait(false);
        var recorded = await threads.RecordAsync(new ThreadExchange(
            handled.Thread, route.Key, routed.EmailId, MessageIds.Normalize(routed.Email.MessageId),
            new ConversationTurn(ConversationRole.Sender, handled.ReplyText, routed.Email.CreatedAt, MessageIds.Normalize(routed.Email.MessageId)),
            replied is null ? null : new ConversationTurn(ConversationRole.Persona, replied, time.GetUtcNow()),
            escalation), cancellationToken).ConfigureAwait(false);

        if (escalation is not null)
        {
            Log.Escalated(logger, recorded.Id, escalation.ReasonCode, routed.EmailId);
            var recordedEscalation = new EscalationRecorded(recorded.Id, route.Key, routed.EmailId, escalation.EscalateTo,
                escalation.ReasonCode, OutboundMessages.EscalationKey(routed.EmailId), routed.Message.AcceptedAt, route.Config);
            foreach (var observer in observers)
            {
                await observer.OnEscalatedAsync(recordedEscalation, cancellationToken).ConfigureAwait(false);
            }
        }

        var outcome = escalation is not null ? InboundOutcomes.Escalated
            : replied is not null ? InboundOutcomes.Replied
            : forwards.Count > 0 ? InboundOutcomes.Forwarded
            : InboundOutcomes.NoReply;
        Log.Handled(logger, route.Handler!, routed.EmailId, handled.LatencyMs, outcome, result.TokensUsed);
        await audit.WriteAsync(new AuditEvent(AuditKinds.Handled, routed.Message.AcceptedAt, routed.EmailId)
        {
            Route = route.Key,
            Handler = route.Handler,
            SenderHash = routed.SenderHash,
            Outcome = outcome,
            LatencyMs = handled.LatencyMs,
            Tokens = result.TokensUsed,
            Forwards = forwards,
            Details = Details(result, recorded, escalation),
        }, cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    /// <summary>A new message in a thread a human has: it goes to them, and the persona stays out of it.</summary>
    public async Task<string> ForwardToHumanAsync(RoutedEmail routed, PersonaThread thread, string replyText,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(routed);
        ArgumentNullException.ThrowIfNull(thread);
        var human = EmailAddress.Parse(thread.EscalateTo
            ?? throw new InvalidOperationException($"Escalated thread {thread.Id} has no escalation address."));
        var note = $"A new message in a conversation the {routed.Route.Handler} persona handed over ({thread.EscalationReason}).";
        await outbound.EnqueueAsync(OutboundMessages.Forward(routed, human, note, options.Value.MaxBodyChars),
            OutboundMessages.ForwardKey(routed.EmailId), cancellationToken).ConfigureAwait(false);
        var messageId = MessageIds.Normalize(routed.Email.MessageId);
        await threads.RecordAsync(new ThreadExchange(thread, routed.Route.Key, routed.EmailId, messageId,
            new ConversationTurn(ConversationRole.Sender, replyText, routed.Email.CreatedAt, messageId), null), cancellationToken)
            .ConfigureAwait(false);
        await audit.WriteAsync(new AuditEvent(AuditKinds.Forwarded, routed.Message.AcceptedAt, routed.EmailId)
        {
            Route = routed.Route.Key,
            Handler = routed.Route.Handler,
            SenderHash = routed.SenderHash,
            Outcome = InboundOutcomes.EscalatedThread,
            Forwards = [human.Address],
        }, cancellationToken).ConfigureAwait(false);
        return InboundOutcomes.EscalatedThread;
    }

    /// <summary>The only places a handler may send a message: the route's <c>*_to</c> config and its <c>forward_to</c>.</summary>
    public static IReadOnlySet<EmailAddress> AllowedTargets(Route route)
    {
        ArgumentNullException.ThrowIfNull(route);
        var allowed = new HashSet<EmailAddress>(route.Config.ConfiguredAddresses().Select(a => a.WithoutTag()));
        if (route.ForwardTo is { } forwardTo)
        {
            allowed.Add(forwardTo.WithoutTag());
        }
        return allowed;
    }

    private async Task<string?> ReplyAsync(RoutedEmail routed, HandlerResult result, CancellationToken cancellationToken)
    {
        if (!result.ShouldRespond)
        {
            return null;
        }
        if (string.IsNullOrWhiteSpace(result.ResponseText))
        {
            Log.EmptyResponse(logger, routed.Route.Handler!, routed.EmailId);
            return null;
        }
        await outbound.EnqueueAsync(OutboundMessages.Reply(routed, result.ResponseText, result.ResponseHtml),
            OutboundMessages.ReplyKey(routed.EmailId), cancellationToken).ConfigureAwait(false);
        return result.ResponseText;
    }

    private Task WriteRefusalAsync(RoutedEmail routed, string outcome, CancellationToken cancellationToken) =>
        audit.WriteAsync(new AuditEvent(AuditKinds.ForwardRefused, routed.Message.AcceptedAt, routed.EmailId)
        {
            Route = routed.Route.Key,
            Handler = routed.Route.Handler,
            SenderHash = routed.SenderHash,
            Outcome = outcome,
        }, cancellationToken);

    private static Dictionary<string, string> Details(HandlerResult result, PersonaThread thread, ThreadEscalation? escalation)
    {
        var details = result.Metadata.Take(MaxDetails)
            .ToDictionary(p => p.Key, p => p.Value.Length <= MaxDetailChars ? p.Value : p.Value[..MaxDetailChars]);
        details["thread_id"] = thread.Id;
        details["turn_count"] = thread.TurnCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (escalation is not null)
        {
            details["escalation_reason"] = escalation.ReasonCode;
        }
        return details;
    }
}

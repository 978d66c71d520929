using Factumerit.Email.Mail;
using Factumerit.Email.Ports;
using Factumerit.Email.Scheduling;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Personas.Handlers.Support;

/// <summary>
/// Sends the team a reminder about an escalation nobody marked picked up. Idempotent by schedule id
/// (<c>escalation-reminder:{scheduleId}</c>).
/// </summary>
public sealed class EscalationReminderAction(IOutboundMail outbound, IEscalationStore store, TimeProvider clock,
    ILogger<EscalationReminderAction> logger) : IScheduledActionHandler
{
    public async Task HandleAsync(ScheduledAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var payload = EscalationReminderPayload.Parse(action.Payload);
        var escalation = await store.GetAsync(payload.ThreadId, cancellationToken).ConfigureAwait(false);
        if (escalation is null || escalation.IsPickedUp)
        {
            Log.ActionSkipped(logger, action.Action, action.Id, escalation is null ? "no escalation" : "picked up");
            return;
        }

        var waited = clock.GetUtcNow() - escalation.EscalatedAt;
        var subject = string.IsNullOrWhiteSpace(escalation.Subject) ? $"thread {escalation.ThreadKey}" : escalation.Subject;
        var hours = Math.Floor(waited.TotalHours);
        var text = FormattableString.Invariant($"""
            A conversation handed over by the {escalation.RouteKey} persona has not been marked as picked up.

            Thread: {escalation.ThreadKey}
            Reason: {escalation.ReasonCode}
            Handed over: {escalation.EscalatedAt:u} ({hours} hours ago)

            The transcript was sent to this address when it was handed over. Once someone has answered the sender, mark it picked up:

              factumerit escalations ack {escalation.ThreadKey}
            """);
        var mail = new OutboundEmail(payload.From, [payload.EscalateTo], $"[Reminder: unanswered escalation] {subject}", text,
            Headers: new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [ReplyThreading.AutoSubmittedHeader] = "auto-generated" },
            Kind: "escalation_reminder");
        await outbound.EnqueueAsync(mail, "escalation-reminder:" + action.Id, cancellationToken).ConfigureAwait(false);
        await store.MarkRemindedAsync(payload.ThreadId, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }
}

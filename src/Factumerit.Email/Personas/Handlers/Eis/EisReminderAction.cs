using Factumerit.Email.Mail;
using Factumerit.Email.Ports;
using Factumerit.Email.Scheduling;

namespace Factumerit.Email.Personas.Handlers.Eis;

/// <summary>
/// Sends a due reminder. Idempotent by schedule id: the outbox key <c>reminder:{scheduleId}</c> queues it once however
/// often the timer is delivered.
/// </summary>
public sealed class EisReminderAction(IOutboundMail outbound, IReminderLog reminders, TimeProvider clock) : IScheduledActionHandler
{
    public const int SubjectTextChars = 60;

    public async Task HandleAsync(ScheduledAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var payload = ReminderPayload.Parse(action.Payload);
        var subject = payload.Text.Length <= SubjectTextChars ? payload.Text : payload.Text[..SubjectTextChars].TrimEnd() + "…";
        var mail = new OutboundEmail(
            payload.From,
            [payload.Email],
            "Reminder: " + subject,
            $"Hi,\n\nYou asked me to remind you:\n\n  {payload.Text}\n\nReply \"reminders\" to see what else is coming up.\n\n{EisTexts.SignOff}",
            Headers: new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [ReplyThreading.AutoSubmittedHeader] = "auto-generated" },
            Kind: "reminder");
        await outbound.EnqueueAsync(mail, "reminder:" + action.Id, cancellationToken).ConfigureAwait(false);
        await reminders.MarkSentAsync(payload.UserId, action.Id, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }
}

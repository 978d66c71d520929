using Factumerit.Email.Scheduling;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Personas.Handlers.Support;

/// <summary>
/// Keeps track of escalations so that one nobody picks up within the route's <c>escalation_timeout</c> is sent to the
/// team again, and lets an operator (or the pipeline, when a person answers) mark one picked up.
/// </summary>
public sealed class EscalationFollowUps(IEscalationStore store, IScheduler scheduler, TimeProvider clock, ILogger<EscalationFollowUps> logger)
{
    /// <summary>Records the escalation and schedules its reminder; doing it twice for a thread changes nothing.</summary>
    public async Task<string> OpenAsync(EscalationRecord record, string from, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentException.ThrowIfNullOrWhiteSpace(from);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        await store.OpenAsync(record, cancellationToken).ConfigureAwait(false);
        var payload = new EscalationReminderPayload(record.ThreadKey, record.EscalateTo, from, record.ReasonCode, (int)timeout.TotalMinutes);
        var dueAt = record.EscalatedAt + timeout;
        var id = await scheduler.ScheduleAsync(EscalationReminderPayload.SubjectKey(record.ThreadKey), EscalationReminderPayload.Action,
            dueAt, payload.Serialize(), dedupeKey: "reminder", cancellationToken).ConfigureAwait(false);
        Log.Scheduled(logger, EscalationReminderPayload.Action, id, dueAt);
        return id;
    }

    /// <summary>Marks the thread's escalation picked up and cancels its reminder.</summary>
    /// <param name="pickedUpBy">A short label of who did it (<c>cli</c>, <c>api</c>, a sender hash); never a raw address.</param>
    /// <returns>False when the thread has no escalation.</returns>
    public async Task<bool> AcknowledgeAsync(string threadId, string pickedUpBy, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(threadId);
        if (!await store.MarkPickedUpAsync(threadId, pickedUpBy, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            return false;
        }
        await scheduler.CancelSubjectAsync(EscalationReminderPayload.SubjectKey(threadId), EscalationReminderPayload.Action, cancellationToken)
            .ConfigureAwait(false);
        return true;
    }
}

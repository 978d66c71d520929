namespace Factumerit.Email.Scheduling;

/// <summary>
/// Durable timers: an action that runs for a subject at a due time, surviving restarts and scale-out.
/// </summary>
/// <remarks>
/// Guarantee: a scheduled action is claimed (its status moves from Pending to Running) exactly once per successful run,
/// and it is marked Done once. Delivery of the timer is at least once, and a process that dies between a handler's
/// success and the Done mark makes the handler run again. Handlers must therefore be idempotent, keyed by
/// <see cref="ScheduledAction.Id"/>. A cancelled action never starts; an action already running is not interrupted.
/// </remarks>
public interface IScheduler
{
    /// <summary>
    /// Schedules <paramref name="action"/> for <paramref name="subjectKey"/> at <paramref name="dueAt"/> (a time in the
    /// past runs as soon as possible). The schedule is stored before the timer is sent, so a failed send is not an
    /// error: the sweep sends it again.
    /// </summary>
    /// <param name="subjectKey">What the action is about (a thread, an email); cancel by subject uses it. 1-256 characters.</param>
    /// <param name="action">A registered handler's name (see <see cref="SchedulingServiceCollectionExtensions.AddScheduledActionHandler{T}"/>).</param>
    /// <param name="payload">Opaque text for the handler, at most <see cref="ScheduleLimits.MaxPayloadChars"/> characters.</param>
    /// <param name="dedupeKey">
    /// When given, the id is derived from (subject, action, dedupe key): scheduling the same triple again returns the
    /// existing id and changes nothing, whatever that schedule's status. Without it every call creates a schedule.
    /// </param>
    /// <returns>The schedule id, which is also the idempotency key handed to the handler.</returns>
    /// <exception cref="ArgumentException">An argument is invalid or no handler is registered for <paramref name="action"/>.</exception>
    Task<string> ScheduleAsync(string subjectKey, string action, DateTimeOffset dueAt, string? payload = null,
        string? dedupeKey = null, CancellationToken cancellationToken = default);

    /// <summary>Cancels a pending schedule.</summary>
    /// <returns>True when this call cancelled it; false when it is unknown, running, done or already cancelled.</returns>
    Task<bool> CancelAsync(string scheduleId, CancellationToken cancellationToken = default);

    /// <summary>Cancels every pending schedule of <paramref name="subjectKey"/>, or only those of <paramref name="action"/>.</summary>
    /// <returns>How many schedules this call cancelled.</returns>
    Task<int> CancelSubjectAsync(string subjectKey, string? action = null, CancellationToken cancellationToken = default);

    /// <summary>The schedule's current state, or null when the id is unknown.</summary>
    Task<ScheduleState?> GetAsync(string scheduleId, CancellationToken cancellationToken = default);
}

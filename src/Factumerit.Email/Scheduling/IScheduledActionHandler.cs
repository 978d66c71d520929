namespace Factumerit.Email.Scheduling;

/// <summary>
/// Runs one kind of scheduled action. Registered as a keyed scoped service under the action's name and resolved in a
/// fresh scope for each run.
/// </summary>
/// <remarks>
/// Must be idempotent: the same <see cref="ScheduledAction.Id"/> can be handed over more than once (a crash after the
/// work but before the Done mark, or a run that outlived its lease). Throwing leaves the schedule pending and lets the
/// queue retry; after the last delivery the timer message goes to the poison queue and the schedule stays pending.
/// </remarks>
public interface IScheduledActionHandler
{
    Task HandleAsync(ScheduledAction action, CancellationToken cancellationToken);
}

namespace Factumerit.Email.Scheduling;

/// <summary>
/// A due schedule names an action that has no registered handler (it was removed or renamed since it was scheduled).
/// Thrown from the timer so the message ends in the poison queue instead of being dropped.
/// </summary>
public sealed class UnknownScheduledActionException(string action)
    : InvalidOperationException($"No IScheduledActionHandler is registered for scheduled action '{action}'.")
{
    public string Action { get; } = action;
}

namespace Factumerit.Email.Scheduling;

/// <summary>A due action, as handed to its <see cref="IScheduledActionHandler"/>.</summary>
/// <param name="Id">The schedule id: use it as the idempotency key of whatever the handler does.</param>
/// <param name="Attempt">1 on the first run; higher after a failure, a crash or a lost lease.</param>
public sealed record ScheduledAction(
    string Id,
    string SubjectKey,
    string Action,
    DateTimeOffset DueAt,
    string? Payload,
    int Attempt);

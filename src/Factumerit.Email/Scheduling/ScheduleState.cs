namespace Factumerit.Email.Scheduling;

/// <summary>What a schedule looks like now. The payload is left out: it is the handler's business.</summary>
/// <param name="Attempts">How many times a worker claimed it.</param>
public sealed record ScheduleState(
    string Id,
    string SubjectKey,
    string Action,
    DateTimeOffset DueAt,
    ScheduleStatus Status,
    int Attempts,
    DateTimeOffset? CompletedAt);

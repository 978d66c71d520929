namespace Factumerit.Email.Personas.Handlers.Eis;

/// <summary>A reminder eis scheduled, kept so the assistant can mention upcoming ones.</summary>
public sealed record ReminderEntry(string UserId, string ScheduleId, DateTimeOffset DueAt, string Text, DateTimeOffset? SentAt = null);

/// <summary>The reminders of each user; the schedule itself lives in the scheduler.</summary>
public interface IReminderLog
{
    /// <summary>Records the reminder; recording the same schedule id again changes nothing.</summary>
    Task AddAsync(ReminderEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Reminders not yet sent and due after <paramref name="now"/>, soonest first.</summary>
    Task<IReadOnlyList<ReminderEntry>> ListUpcomingAsync(string userId, DateTimeOffset now, int max,
        CancellationToken cancellationToken = default);

    Task MarkSentAsync(string userId, string scheduleId, DateTimeOffset sentAt, CancellationToken cancellationToken = default);
}

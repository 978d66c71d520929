using Factumerit.Email.Scheduling;

namespace Factumerit.Email.Tests.PersonaHandlers.Doubles;

/// <summary>Schedules kept in a list, with the dedupe and cancel-by-subject rules of the durable scheduler.</summary>
internal sealed class InMemoryScheduler : IScheduler
{
    public List<(string Id, string Subject, string Action, DateTimeOffset DueAt, string? Payload, ScheduleStatus Status)> Schedules { get; } = [];

    public IEnumerable<(string Id, string Subject, string Action, DateTimeOffset DueAt, string? Payload, ScheduleStatus Status)> Pending =>
        Schedules.Where(s => s.Status == ScheduleStatus.Pending);

    public Task<string> ScheduleAsync(string subjectKey, string action, DateTimeOffset dueAt, string? payload = null,
        string? dedupeKey = null, CancellationToken cancellationToken = default)
    {
        var id = dedupeKey is null ? Guid.NewGuid().ToString("N") : $"{subjectKey}|{action}|{dedupeKey}";
        if (Schedules.All(s => s.Id != id))
        {
            Schedules.Add((id, subjectKey, action, dueAt, payload, ScheduleStatus.Pending));
        }
        return Task.FromResult(id);
    }

    public Task<bool> CancelAsync(string scheduleId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Cancel(s => s.Id == scheduleId) > 0);

    public Task<int> CancelSubjectAsync(string subjectKey, string? action = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(Cancel(s => s.Subject == subjectKey && (action is null || s.Action == action)));

    public Task<ScheduleState?> GetAsync(string scheduleId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Schedules.Where(s => s.Id == scheduleId)
            .Select(s => (ScheduleState?)new ScheduleState(s.Id, s.Subject, s.Action, s.DueAt, s.Status, 0, null)).FirstOrDefault());

    private int Cancel(Func<(string Id, string Subject, string Action, DateTimeOffset DueAt, string? Payload, ScheduleStatus Status), bool> match)
    {
        var count = 0;
        for (var i = 0; i < Schedules.Count; i++)
        {
            if (Schedules[i].Status == ScheduleStatus.Pending && match(Schedules[i]))
            {
                Schedules[i] = Schedules[i] with { Status = ScheduleStatus.Cancelled };
                count++;
            }
        }
        return count;
    }
}

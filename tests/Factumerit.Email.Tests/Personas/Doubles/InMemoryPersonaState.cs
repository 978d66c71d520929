using Factumerit.Email.Personas.Handlers.Eis;
using Factumerit.Email.Personas.Handlers.Onboard;

namespace Factumerit.Email.Tests.PersonaHandlers.Doubles;

internal sealed class InMemoryTasks : ITaskList
{
    private readonly List<(string User, TaskItem Task, bool Done, string Source)> _rows = [];

    public bool Unavailable { get; set; }

    public Task<IReadOnlyList<TaskItem>> ListOpenAsync(string userId, CancellationToken cancellationToken = default)
    {
        ThrowIfUnavailable();
        return Task.FromResult<IReadOnlyList<TaskItem>>(_rows.Where(r => r.User == userId && !r.Done).Select(r => r.Task).ToList());
    }

    public Task<TaskItem> AddAsync(string userId, string title, string sourceKey, CancellationToken cancellationToken = default)
    {
        ThrowIfUnavailable();
        if (_rows.FirstOrDefault(r => r.User == userId && r.Source == sourceKey) is { Task: not null } existing)
        {
            return Task.FromResult(existing.Task);
        }
        var task = new TaskItem("t" + _rows.Count, title);
        _rows.Add((userId, task, false, sourceKey));
        return Task.FromResult(task);
    }

    public Task<bool> CompleteAsync(string userId, TaskItem task, CancellationToken cancellationToken = default)
    {
        ThrowIfUnavailable();
        var index = _rows.FindIndex(r => r.User == userId && r.Task.Id == task.Id && !r.Done);
        if (index >= 0)
        {
            _rows[index] = _rows[index] with { Done = true };
        }
        return Task.FromResult(index >= 0);
    }

    private void ThrowIfUnavailable()
    {
        if (Unavailable)
        {
            throw new TaskListUnavailableException("down");
        }
    }
}

internal sealed class InMemoryReminders : IReminderLog
{
    public List<ReminderEntry> Entries { get; } = [];

    public Task AddAsync(ReminderEntry entry, CancellationToken cancellationToken = default)
    {
        if (Entries.All(e => e.ScheduleId != entry.ScheduleId))
        {
            Entries.Add(entry);
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ReminderEntry>> ListUpcomingAsync(string userId, DateTimeOffset now, int max, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ReminderEntry>>(Entries.Where(e => e.UserId == userId && e.SentAt is null && e.DueAt > now)
            .OrderBy(e => e.DueAt).Take(max).ToList());

    public Task MarkSentAsync(string userId, string scheduleId, DateTimeOffset sentAt, CancellationToken cancellationToken = default)
    {
        var index = Entries.FindIndex(e => e.UserId == userId && e.ScheduleId == scheduleId);
        if (index >= 0)
        {
            Entries[index] = Entries[index] with { SentAt = sentAt };
        }
        return Task.CompletedTask;
    }
}

internal sealed class InMemoryOnboarding : IOnboardingStore
{
    private readonly Dictionary<string, OnboardingState> _states = new(StringComparer.OrdinalIgnoreCase);

    public Task<OnboardingState?> GetAsync(string email, CancellationToken cancellationToken = default) =>
        Task.FromResult(_states.GetValueOrDefault(email));

    public Task<bool> StartAsync(OnboardingState state, CancellationToken cancellationToken = default) =>
        Task.FromResult(_states.TryAdd(state.Email, state));

    public Task StopAsync(string email, string reason, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        if (_states.TryGetValue(email, out var state) && state.IsActive)
        {
            _states[email] = state with { StoppedAt = at, StopReason = reason };
        }
        return Task.CompletedTask;
    }
}

using Factumerit.Email.Assistant.Gmail;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Scheduling;
using Factumerit.Email.Triage;
using Factumerit.Email.Triage.Learning;

namespace Factumerit.Email.Tests.Triage;

internal sealed class MemoryMailboxes : IMailboxStore
{
    public Dictionary<string, Mailbox> Rows { get; } = new(StringComparer.Ordinal);

    public Task<Mailbox?> GetAsync(string address, CancellationToken cancellationToken = default) => Task.FromResult(Rows.GetValueOrDefault(address));

    public Task<IReadOnlyList<Mailbox>> ListAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<Mailbox>>([.. Rows.Values]);

    public Task<bool> TryAddAsync(Mailbox mailbox, CancellationToken cancellationToken = default) => Task.FromResult(Rows.TryAdd(mailbox.Address, mailbox));

    public Task<Mailbox?> TryUpdateAsync(Mailbox mailbox, CancellationToken cancellationToken = default)
    {
        Rows[mailbox.Address] = mailbox;
        return Task.FromResult<Mailbox?>(mailbox);
    }

    public Task<bool> DeleteAsync(string address, CancellationToken cancellationToken = default) => Task.FromResult(Rows.Remove(address));
}

/// <summary>A Gmail mailbox in memory: threads with labels, trash, and label creation.</summary>
internal sealed class MemoryGmail : IAssistantGmail, IAssistantGmailFactory
{
    public string Mailbox => "me@home.example";

    public long QuotaUnits => 0;

    public Dictionary<string, GmailThreadSnapshot> Threads { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Labels { get; } = new(StringComparer.Ordinal);

    public List<string> Trashed { get; } = [];

    public IAssistantGmail Create(Mailbox mailbox) => this;

    public IReadOnlySet<string> LabelsOf(string threadId) => Threads[threadId].LabelIds;

    public Task<IReadOnlyDictionary<string, string>> EnsureLabelsAsync(IEnumerable<string> names, CancellationToken cancellationToken = default)
    {
        foreach (var name in names)
        {
            Labels.TryAdd(name, "Label_" + name.Replace('/', '_'));
        }
        return Task.FromResult<IReadOnlyDictionary<string, string>>(names.ToDictionary(n => n, n => Labels[n]));
    }

    public Task<GmailThreadSnapshot> GetThreadAsync(string threadId, CancellationToken cancellationToken = default) =>
        Threads.TryGetValue(threadId, out var thread) ? Task.FromResult(thread) : throw new GmailNotFoundException(threadId);

    public Task ModifyThreadAsync(string threadId, IReadOnlyCollection<string> addLabelIds, IReadOnlyCollection<string> removeLabelIds,
        CancellationToken cancellationToken = default)
    {
        var thread = Threads[threadId];
        Threads[threadId] = thread with
        {
            Messages = [.. thread.Messages.Select(m => m with { LabelIds = [.. m.LabelIds.Except(removeLabelIds).Union(addLabelIds)] })],
        };
        return Task.CompletedTask;
    }

    public Task TrashMessageAsync(string messageId, CancellationToken cancellationToken = default)
    {
        Trashed.Add(messageId);
        return Task.CompletedTask;
    }

    public Task<ulong> GetHistoryIdAsync(CancellationToken cancellationToken = default) => Task.FromResult(1UL);

    public Task<GmailWatch> WatchAsync(string topicName, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task StopWatchAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<GmailChanges> ListChangesAsync(ulong startHistoryId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<GmailMessageRef>> SearchAsync(string query, int max, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<GmailDraftRef>> ListDraftsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<GmailDraftRef>>([]);
}

internal sealed class MemoryTriageStore : ITriageStore
{
    public List<TriageLogEntry> Log { get; } = [];
    public Dictionary<string, TriagedThread> Threads { get; } = new(StringComparer.Ordinal);
    public List<TrainingExample> Examples { get; } = [];
    public Dictionary<string, SenderRule> Rules { get; } = new(StringComparer.Ordinal);

    public Task LogAsync(TriageLogEntry entry, CancellationToken cancellationToken = default)
    {
        Log.RemoveAll(e => e.MessageId == entry.MessageId);
        Log.Add(entry);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<TriageLogEntry>> ListLogAsync(string mailbox, int max, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<TriageLogEntry>>([.. Log.OrderByDescending(e => e.At).Take(max)]);

    public Task<TriagedThread?> GetThreadAsync(string mailbox, string threadId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Threads.GetValueOrDefault(threadId));

    public Task SaveThreadAsync(TriagedThread thread, CancellationToken cancellationToken = default)
    {
        Threads[thread.ThreadId] = thread;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<TriagedThread>> ListThreadsAsync(string mailbox, string folder, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<TriagedThread>>([.. Threads.Values.Where(t => t.FinalFolder == folder)]);

    public Task AddExampleAsync(TrainingExample example, CancellationToken cancellationToken = default)
    {
        Examples.Add(example);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<TrainingExample>> ListExamplesAsync(string mailbox, int max, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<TrainingExample>>([.. Examples.OrderByDescending(e => e.CreatedAt).Take(max)]);

    public Task<SenderRule?> GetRuleAsync(string mailbox, string domain, CancellationToken cancellationToken = default) =>
        Task.FromResult(Rules.GetValueOrDefault(domain));

    public Task SaveRuleAsync(SenderRule rule, CancellationToken cancellationToken = default)
    {
        Rules[rule.Domain] = rule;
        return Task.CompletedTask;
    }
}

/// <summary>A scheduler in memory that runs due actions when the test's clock has passed them.</summary>
internal sealed class ClockScheduler(TimeProvider time) : IScheduler
{
    private readonly List<(string Id, string Subject, string Action, DateTimeOffset Due, string? Payload, ScheduleStatus Status)> _rows = [];

    public Dictionary<string, IScheduledActionHandler> Handlers { get; } = new(StringComparer.Ordinal);

    public IEnumerable<(string Action, DateTimeOffset Due)> Pending =>
        _rows.Where(r => r.Status == ScheduleStatus.Pending).Select(r => (r.Action, r.Due));

    /// <summary>An action whose scheduling fails, as when the storage account is unreachable.</summary>
    public string? Failing { get; set; }

    public Task<string> ScheduleAsync(string subjectKey, string action, DateTimeOffset dueAt, string? payload = null, string? dedupeKey = null,
        CancellationToken cancellationToken = default)
    {
        if (action == Failing)
        {
            throw new InvalidOperationException("The schedules table is unreachable.");
        }
        var id = dedupeKey is null ? Guid.NewGuid().ToString("N") : $"{subjectKey}|{action}|{dedupeKey}";
        if (!_rows.Any(r => r.Id == id))
        {
            _rows.Add((id, subjectKey, action, dueAt, payload, ScheduleStatus.Pending));
        }
        return Task.FromResult(id);
    }

    public Task<bool> CancelAsync(string scheduleId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<int> CancelSubjectAsync(string subjectKey, string? action = null, CancellationToken cancellationToken = default)
    {
        var count = 0;
        for (var i = 0; i < _rows.Count; i++)
        {
            if (_rows[i].Subject == subjectKey && (action is null || _rows[i].Action == action) && _rows[i].Status == ScheduleStatus.Pending)
            {
                _rows[i] = _rows[i] with { Status = ScheduleStatus.Cancelled };
                count++;
            }
        }
        return Task.FromResult(count);
    }

    public Task<ScheduleState?> GetAsync(string scheduleId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    /// <summary>Runs every pending action due by now, including ones scheduled by the handlers themselves.</summary>
    public async Task RunDueAsync()
    {
        while (_rows.FindIndex(r => r.Status == ScheduleStatus.Pending && r.Due <= time.GetUtcNow()) is var i and >= 0)
        {
            var row = _rows[i];
            _rows[i] = row with { Status = ScheduleStatus.Done };
            await Handlers[row.Action].HandleAsync(new ScheduledAction(row.Id, row.Subject, row.Action, row.Due, row.Payload, 1), default);
        }
    }
}

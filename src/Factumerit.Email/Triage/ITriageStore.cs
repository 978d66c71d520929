using Factumerit.Email.Triage.Learning;

namespace Factumerit.Email.Triage;

/// <summary>Triage's tables: the classification log, the triaged threads, training examples and sender rules.</summary>
public interface ITriageStore
{
    /// <summary>Writes the log row for a message; a repeated decision for the same message replaces it.</summary>
    Task LogAsync(TriageLogEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The mailbox's newest log rows first.</summary>
    Task<IReadOnlyList<TriageLogEntry>> ListLogAsync(string mailbox, int max, CancellationToken cancellationToken = default);

    Task<TriagedThread?> GetThreadAsync(string mailbox, string threadId, CancellationToken cancellationToken = default);

    Task SaveThreadAsync(TriagedThread thread, CancellationToken cancellationToken = default);

    /// <summary>The mailbox's triaged threads whose final folder is <paramref name="folder"/>.</summary>
    Task<IReadOnlyList<TriagedThread>> ListThreadsAsync(string mailbox, string folder, CancellationToken cancellationToken = default);

    /// <summary>The mailbox's triaged threads in every folder, most recently triaged first, at most <paramref name="max"/>.</summary>
    async Task<IReadOnlyList<TriagedThread>> ListRecentThreadsAsync(string mailbox, int max, CancellationToken cancellationToken = default)
    {
        var all = new List<TriagedThread>();
        foreach (var folder in TriageFolders.All)
        {
            all.AddRange(await ListThreadsAsync(mailbox, folder, cancellationToken).ConfigureAwait(false));
        }
        return all.OrderByDescending(t => t.TriagedAt).Take(max).ToList();
    }

    Task AddExampleAsync(TrainingExample example, CancellationToken cancellationToken = default);

    /// <summary>The mailbox's examples, newest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<TrainingExample>> ListExamplesAsync(string mailbox, int max, CancellationToken cancellationToken = default);

    Task<SenderRule?> GetRuleAsync(string mailbox, string domain, CancellationToken cancellationToken = default);

    Task SaveRuleAsync(SenderRule rule, CancellationToken cancellationToken = default);
}

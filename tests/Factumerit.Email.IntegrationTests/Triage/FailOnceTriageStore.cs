using Factumerit.Email.Triage;
using Factumerit.Email.Triage.Learning;

namespace Factumerit.Email.IntegrationTests.Triage;

/// <summary>
/// The real triage store, except that the first look-up of one thread throws, as a worker dying there would: the
/// Organize run reads a thread's record before doing anything else with it, so the failure lands mid-page.
/// </summary>
internal sealed class FailOnceTriageStore(ITriageStore inner, Func<string> threadId) : ITriageStore
{
    private int _failed;

    public bool Failed => Volatile.Read(ref _failed) == 1;

    public Task<TriagedThread?> GetThreadAsync(string mailbox, string threadId1, CancellationToken cancellationToken = default) =>
        threadId1 == threadId() && Interlocked.Exchange(ref _failed, 1) == 0
            ? throw new InvalidOperationException("The worker stopped here.")
            : inner.GetThreadAsync(mailbox, threadId1, cancellationToken);

    public Task LogAsync(TriageLogEntry entry, CancellationToken cancellationToken = default) => inner.LogAsync(entry, cancellationToken);

    public Task<IReadOnlyList<TriageLogEntry>> ListLogAsync(string mailbox, int max, CancellationToken cancellationToken = default) =>
        inner.ListLogAsync(mailbox, max, cancellationToken);

    public Task SaveThreadAsync(TriagedThread thread, CancellationToken cancellationToken = default) => inner.SaveThreadAsync(thread, cancellationToken);

    public Task<IReadOnlyList<TriagedThread>> ListThreadsAsync(string mailbox, string folder, CancellationToken cancellationToken = default) =>
        inner.ListThreadsAsync(mailbox, folder, cancellationToken);

    public Task AddExampleAsync(TrainingExample example, CancellationToken cancellationToken = default) => inner.AddExampleAsync(example, cancellationToken);

    public Task<IReadOnlyList<TrainingExample>> ListExamplesAsync(string mailbox, int max, CancellationToken cancellationToken = default) =>
        inner.ListExamplesAsync(mailbox, max, cancellationToken);

    public Task<SenderRule?> GetRuleAsync(string mailbox, string domain, CancellationToken cancellationToken = default) =>
        inner.GetRuleAsync(mailbox, domain, cancellationToken);

    public Task SaveRuleAsync(SenderRule rule, CancellationToken cancellationToken = default) => inner.SaveRuleAsync(rule, cancellationToken);
}

using Factumerit.Email.Recruiting.Pipeline;

namespace Factumerit.Email.Recruiting.Leads;

/// <summary>Email leads (job rows with source email) for review: list, approve, reject.</summary>
public sealed class LeadService(IRecruitingStore store)
{
    public async Task<IReadOnlyList<JobRow>> ListAsync(string? mailbox, string? status, CancellationToken cancellationToken = default) =>
        (await store.ListJobsAsync(mailbox, cancellationToken).ConfigureAwait(false))
            .Where(j => j.Source == JobSources.Email && (status is null || j.Status == status))
            .OrderByDescending(j => j.CreatedAt)
            .ToList();

    /// <returns>The lead with its new status; null when there is no such lead.</returns>
    public async Task<JobRow?> DecideAsync(string id, bool approve, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var job = await store.FindJobAsync(id, cancellationToken).ConfigureAwait(false);
            if (job is null || job.Source != JobSources.Email)
            {
                return null;
            }
            var decided = job with { Status = approve ? JobStatuses.Approved : JobStatuses.Rejected };
            if (job.Status == decided.Status || await store.TryUpdateJobAsync(decided, cancellationToken).ConfigureAwait(false))
            {
                return decided;
            }
        }
        throw new InvalidOperationException("The lead kept changing while it was being decided.");
    }
}

namespace Factumerit.Email.Triage.Organize;

/// <summary>Organize runs, their listed pages and the one-run-per-mailbox lease.</summary>
public interface IOrganizeStore
{
    Task<OrganizeRun?> GetRunAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>Inserts a new run (no ETag) or replaces one under its ETag.</summary>
    /// <returns>The stored run with its new ETag, or null when the row changed since it was read.</returns>
    Task<OrganizeRun?> TrySaveRunAsync(OrganizeRun run, CancellationToken cancellationToken = default);

    /// <summary>Stores a listed page and the run's advanced listing state together (one transaction).</summary>
    /// <returns>The stored run, or null when the run row changed since it was read.</returns>
    Task<OrganizeRun?> TrySavePageAsync(OrganizePage page, OrganizeRun run, CancellationToken cancellationToken = default);

    Task<OrganizePage?> GetPageAsync(string runId, int number, CancellationToken cancellationToken = default);

    /// <summary>The run that holds the mailbox, if any, with the lease row's ETag (null when there is no row).</summary>
    Task<(string? RunId, string? ETag)> GetLeaseAsync(string mailbox, CancellationToken cancellationToken = default);

    /// <summary>Points the mailbox's lease at <paramref name="runId"/> (null frees it) under <paramref name="etag"/> (null: the row must not exist).</summary>
    /// <returns>False when another start changed the lease first.</returns>
    Task<bool> TryWriteLeaseAsync(string mailbox, string? runId, string? etag, CancellationToken cancellationToken = default);
}

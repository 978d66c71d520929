using Azure;
using Factumerit.Email.Recruiting.Sync;
using static Factumerit.Email.Storage.Stores.Recruiting.TableRows;

namespace Factumerit.Email.Storage.Stores.Recruiting;

/// <summary><see cref="IRecruitingSyncStore"/>: the lease row is only ever written under its ETag (or inserted once).</summary>
public sealed class RecruitingSyncStore(RecruitingTables tables) : IRecruitingSyncStore
{
    public async Task<RecruitingSyncLease?> GetLeaseAsync(string mailbox, CancellationToken cancellationToken = default) =>
        await GetAsync(await tables.LeasesAsync(cancellationToken).ConfigureAwait(false), mailbox, SyncEntities.LeaseRow, cancellationToken)
            .ConfigureAwait(false) is { } e ? SyncEntities.Lease(e) : null;

    public async Task<RecruitingSyncLease?> TryWriteLeaseAsync(RecruitingSyncLease lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var table = await tables.LeasesAsync(cancellationToken).ConfigureAwait(false);
        var entity = SyncEntities.From(lease);
        if (lease.ETag is not null)
        {
            return await TryReplaceAsync(table, entity, lease.ETag, cancellationToken).ConfigureAwait(false) is { } etag ? lease with { ETag = etag } : null;
        }
        try
        {
            var response = await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return lease with { ETag = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return null;
        }
    }

    public async Task<RecruitingTask?> GetTaskAsync(string id, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64 || !id.All(char.IsAsciiLetterOrDigit))
        {
            return null;
        }
        return await GetAsync(await tables.TasksAsync(cancellationToken).ConfigureAwait(false), id, SyncEntities.TaskRow, cancellationToken)
            .ConfigureAwait(false) is { } e ? SyncEntities.Task(e) : null;
    }

    public async Task<RecruitingTask> SaveTaskAsync(RecruitingTask task, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(task);
        var table = await tables.TasksAsync(cancellationToken).ConfigureAwait(false);
        var response = await table.UpsertEntityAsync(SyncEntities.From(task), Tables.TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        return task with { ETag = response.Headers.ETag?.ToString() };
    }
}

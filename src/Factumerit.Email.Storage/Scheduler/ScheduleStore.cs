using Azure;
using Factumerit.Email.Storage.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Storage.Scheduler;

/// <summary>The Schedules table (layout in <see cref="ScheduleKeys"/>). Status changes go through <see cref="TryReplaceAsync"/>.</summary>
internal sealed class ScheduleStore(TableServiceClient tables, IOptions<SchedulerOptions> options, ILogger<ScheduleStore> logger)
{
    private readonly TableClient _table = tables.GetTableClient(options.Value.TableName);
    private volatile bool _tableReady;
    private volatile bool _cursorReady;

    public async Task<ScheduleEntity?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var response = await table.GetEntityIfExistsAsync<ScheduleEntity>(ScheduleKeys.SchedulePartition(id), ScheduleKeys.ScheduleRowKey,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>
    /// Writes the index rows, then the schedule row (why in that order: <see cref="ScheduleKeys"/>). The due-index row
    /// goes in the bucket of <paramref name="eligibleAt"/>, the later of the due time and now.
    /// </summary>
    /// <returns>False when a schedule with this id already exists; it is left as it was.</returns>
    public async Task<bool> CreateAsync(ScheduleEntity schedule, DateTimeOffset eligibleAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        await EnsureCursorAsync(table, ScheduleKeys.Day(now), cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(SubjectIndex(schedule), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        await WriteDueIndexAsync(schedule, eligibleAt, cancellationToken).ConfigureAwait(false);
        try
        {
            var response = await table.AddEntityAsync(schedule, cancellationToken).ConfigureAwait(false);
            schedule.ETag = response.Headers.ETag ?? default;
            return true;
        }
        catch (TableConflictException)
        {
            return false;
        }
    }

    /// <summary>
    /// Writes a due-index row for <paramref name="eligibleAt"/> and points the schedule at it. The schedule row itself
    /// is not written here: until it is, the new index row is one the sweep sees as stale.
    /// </summary>
    public async Task WriteDueIndexAsync(ScheduleEntity schedule, DateTimeOffset eligibleAt, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        schedule.DuePartition = ScheduleKeys.DuePartition(ScheduleKeys.Day(eligibleAt));
        schedule.DueRowKey = ScheduleKeys.DueRowKey(eligibleAt, schedule.Id);
        await table.UpsertEntityAsync(new ScheduleIndexEntity
        {
            PartitionKey = schedule.DuePartition,
            RowKey = schedule.DueRowKey,
            ScheduleId = schedule.Id,
        }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replaces the schedule row if it has not changed since it was read, and takes the new ETag.</summary>
    /// <returns>False when another writer changed it first (412).</returns>
    public async Task<bool> TryReplaceAsync(ScheduleEntity schedule, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var response = await table.UpdateEntityAsync(schedule, schedule.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            schedule.ETag = response.Headers.ETag ?? default;
            return true;
        }
        catch (TablePreconditionFailedException)
        {
            return false;
        }
    }

    /// <summary>
    /// Removes a finished schedule from both indexes. Best effort: a row left behind is skipped by cancel and deleted
    /// by the sweep, so a failure here is logged, not thrown.
    /// </summary>
    public async Task DeleteIndexesAsync(ScheduleEntity schedule)
    {
        try
        {
            var table = await TableAsync(CancellationToken.None).ConfigureAwait(false);
            await table.DeleteEntityAsync(ScheduleKeys.SubjectPartition(schedule.SubjectKey), schedule.Id).ConfigureAwait(false);
            await table.DeleteEntityAsync(schedule.DuePartition, schedule.DueRowKey).ConfigureAwait(false);
        }
        catch (RequestFailedException ex)
        {
            Log.IndexCleanupFailed(logger, ex, schedule.Id);
        }
    }

    public async Task DeleteIndexRowAsync(ScheduleIndexEntity row, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<ScheduleIndexEntity> QuerySubjectAsync(string subjectKey, string? action,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var partition = ScheduleKeys.SubjectPartition(subjectKey);
        var filter = action is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partition}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partition} and Action eq {action}");
        await foreach (var row in table.QueryAsync<ScheduleIndexEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return row;
        }
    }

    /// <summary>The due-index rows of one day that became eligible before <paramref name="cutoff"/>, oldest first.</summary>
    public async Task<AsyncPageable<ScheduleIndexEntity>> QueryDueAsync(DateOnly day, DateTimeOffset cutoff, int pageSize,
        CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {ScheduleKeys.DuePartition(day)} and RowKey lt {ScheduleKeys.DueRowKeyBound(cutoff)}");
        return table.QueryAsync<ScheduleIndexEntity>(filter, pageSize, cancellationToken: cancellationToken);
    }

    public async Task<SweepCursorEntity?> GetCursorAsync(CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var response = await table.GetEntityIfExistsAsync<SweepCursorEntity>(ScheduleKeys.CursorPartition, ScheduleKeys.CursorRowKey,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>Moves the cursor forward; losing to another sweep (412) is fine, since cursors only move forward.</summary>
    public async Task AdvanceCursorAsync(SweepCursorEntity cursor, DateOnly day, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        cursor.Day = ScheduleKeys.FormatDay(day);
        try
        {
            await table.UpdateEntityAsync(cursor, cursor.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }
        catch (TablePreconditionFailedException)
        {
            // Another instance's sweep moved it.
        }
    }

    /// <summary>
    /// The cursor starts at the day of the first schedule ever written. No bucket written later is older than the
    /// cursor: a new schedule's bucket is at least today, and the sweep never moves the cursor past (now − grace)'s day.
    /// </summary>
    private async Task EnsureCursorAsync(TableClient table, DateOnly day, CancellationToken cancellationToken)
    {
        if (_cursorReady)
        {
            return;
        }
        try
        {
            await table.AddEntityAsync(new SweepCursorEntity { Day = ScheduleKeys.FormatDay(day) }, cancellationToken).ConfigureAwait(false);
        }
        catch (TableConflictException)
        {
            // It exists already; it is never deleted.
        }
        _cursorReady = true;
    }

    private async ValueTask<TableClient> TableAsync(CancellationToken cancellationToken)
    {
        if (!_tableReady)
        {
            await _table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            _tableReady = true;
        }
        return _table;
    }

    private static ScheduleIndexEntity SubjectIndex(ScheduleEntity schedule) => new()
    {
        PartitionKey = ScheduleKeys.SubjectPartition(schedule.SubjectKey),
        RowKey = schedule.Id,
        ScheduleId = schedule.Id,
        Action = schedule.Action,
    };
}

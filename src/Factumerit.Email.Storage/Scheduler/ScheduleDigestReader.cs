using Azure;
using Factumerit.Email.Digest;
using Factumerit.Email.Scheduling;
using Factumerit.Email.Storage.Tables;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Storage.Scheduler;

/// <summary>
/// <see cref="IScheduleDigestReader"/>: one query over the schedule rows (<see cref="ScheduleKeys"/>), subject prefix,
/// actions and due window filtered by the service. Finished schedules keep their row, so yesterday's completed
/// actions are still found here, unlike in the due index.
/// </summary>
internal sealed class ScheduleDigestReader(TableServiceClient tables, IOptions<SchedulerOptions> options) : IScheduleDigestReader
{
    public async Task<IReadOnlyList<ScheduleState>> ListDueAsync(string subjectPrefix, IReadOnlyCollection<string> actions, DateTimeOffset from,
        DateTimeOffset to, int max, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectPrefix);
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        if (actions.Count == 0 || from >= to)
        {
            return [];
        }
        var actionFilter = string.Join(" or ", actions.Select(a => TableClient.CreateQueryFilter($"Action eq {a}")));
        var filter = TableClient.CreateQueryFilter($"RowKey eq {ScheduleKeys.ScheduleRowKey} and DueAt ge {from} and DueAt lt {to}")
            + " and " + TableClient.CreatePrefixFilter("SubjectKey", subjectPrefix) + $" and ({actionFilter})";
        var table = tables.GetTableClient(options.Value.TableName);
        var states = new List<ScheduleState>();
        try
        {
            await foreach (var row in table.QueryAsync<ScheduleEntity>(filter, Math.Min(max, 1000), cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                states.Add(row.ToState());
                if (states.Count == max)
                {
                    break;
                }
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No schedule was ever written, so the table does not exist yet.
        }
        return states;
    }
}

using System.Globalization;
using Factumerit.Email.Audit;
using Factumerit.Email.Inbound;
using Factumerit.Email.Storage.Tables;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Storage.Stores.Audit;

/// <summary>The <c>AuditEvents</c> table: written by the pipeline, read by <c>factumerit events tail</c>.</summary>
public sealed class AuditLogStore(StorageProvisioner storage, IOptions<InboundOptions> options) : IAuditLog
{
    public async Task WriteAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        ArgumentException.ThrowIfNullOrWhiteSpace(auditEvent.Kind);
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(AuditRows.Create(auditEvent), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The newest <paramref name="limit"/> events, newest first, looking back at most <paramref name="days"/> days from <paramref name="now"/>.</summary>
    public async Task<IReadOnlyList<AuditEvent>> RecentAsync(int limit, DateTimeOffset now, int days = 7, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var events = new List<AuditEvent>();
        for (var day = 0; day < days && events.Count < limit; day++)
        {
            var partition = StoreKeys.Day(now.AddDays(-day));
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
            await foreach (var row in table.QueryAsync<TableEntity>(filter, maxPerPage: Math.Min(limit, 1000), cancellationToken: cancellationToken)
                .ConfigureAwait(false))
            {
                events.Add(AuditRows.Read(row));
                if (events.Count == limit)
                {
                    break;
                }
            }
        }
        return events;
    }

    /// <summary>
    /// Events dated in [<paramref name="from"/>, <paramref name="to"/>), newest first: a range of row keys per day
    /// partition. For counts over a window, such as the daily digest's persona activity.
    /// </summary>
    public async Task<IReadOnlyList<AuditEvent>> BetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        if (to <= from)
        {
            return [];
        }
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var events = new List<AuditEvent>();
        // Keys start with the inverted ticks: at <= to - 1 tick and at >= from, as a key range.
        var (first, pastLast) = (StoreKeys.NewestFirst(to.AddTicks(-1)), StoreKeys.NewestFirst(from.AddTicks(-1)));
        for (var day = to.AddTicks(-1).UtcDateTime.Date; day >= from.UtcDateTime.Date; day = day.AddDays(-1))
        {
            var partition = day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {first} and RowKey lt {pastLast}");
            await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                events.Add(AuditRows.Read(row));
            }
        }
        return events;
    }

    /// <summary>
    /// Events stored after <paramref name="writtenAfter"/> (the service's write time, so an event dated earlier but
    /// written later is not missed), oldest write first, with their write times; for following the trail.
    /// </summary>
    public async Task<IReadOnlyList<(AuditEvent Event, DateTimeOffset WrittenAt)>> WrittenAfterAsync(
        DateTimeOffset writtenAfter, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var events = new List<(AuditEvent, DateTimeOffset)>();
        for (var day = writtenAfter.UtcDateTime.Date.AddDays(-1); day <= now.UtcDateTime.Date; day = day.AddDays(1))
        {
            var partition = day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and Timestamp gt {writtenAfter}");
            await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                events.Add((AuditRows.Read(row), row.Timestamp ?? now));
            }
        }
        return events.OrderBy(e => e.Item2).ToList();
    }

    private Task<TableClient> TableAsync(CancellationToken cancellationToken) =>
        storage.TableAsync(options.Value.Tables.Audit, cancellationToken);
}

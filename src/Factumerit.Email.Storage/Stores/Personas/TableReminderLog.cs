using Factumerit.Email.Personas.Handlers.Eis;
using Factumerit.Email.Storage.Tables;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Storage.Stores.Personas;

internal sealed class TableReminderLog(TableServiceClient tables, IOptions<PersonaStoreOptions> options) : IReminderLog
{
    private readonly PersonaTable _table = new(tables, options.Value.RemindersTable);

    public async Task AddAsync(ReminderEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.UserId);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.ScheduleId);
        var table = await _table.GetAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await table.AddEntityAsync(new ReminderEntity
            {
                PartitionKey = StoreKeys.Of(entry.UserId),
                RowKey = StoreKeys.OfExact(entry.ScheduleId),
                UserId = entry.UserId,
                ScheduleId = entry.ScheduleId,
                DueAt = entry.DueAt,
                Text = entry.Text,
                Sent = entry.SentAt is not null,
                SentAt = entry.SentAt,
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (TableConflictException)
        {
            // Recorded by an earlier attempt at the same message.
        }
    }

    public async Task<IReadOnlyList<ReminderEntry>> ListUpcomingAsync(string userId, DateTimeOffset now, int max,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        var table = await _table.GetAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {StoreKeys.Of(userId)} and Sent eq {false} and DueAt gt {now}");
        var result = new List<ReminderEntry>();
        await foreach (var row in table.QueryAsync<ReminderEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            result.Add(new ReminderEntry(row.UserId, row.ScheduleId, row.DueAt, row.Text));
        }
        return result.OrderBy(r => r.DueAt).Take(max).ToList();
    }

    public async Task MarkSentAsync(string userId, string scheduleId, DateTimeOffset sentAt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(scheduleId);
        var table = await _table.GetAsync(cancellationToken).ConfigureAwait(false);
        var current = await table.GetEntityIfExistsAsync<ReminderEntity>(StoreKeys.Of(userId), StoreKeys.OfExact(scheduleId),
            cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!current.HasValue || current.Value!.Sent)
        {
            return;
        }
        var row = current.Value;
        row.Sent = true;
        row.SentAt = sentAt;
        // Last writer wins: both writers set the same flag.
        await table.UpdateEntityAsync(row, Azure.ETag.All, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }
}

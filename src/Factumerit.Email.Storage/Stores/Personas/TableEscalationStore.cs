using System.Runtime.CompilerServices;
using Factumerit.Email.Personas.Handlers.Support;
using Factumerit.Email.Storage.Tables;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Storage.Stores.Personas;

internal sealed class TableEscalationStore(TableServiceClient tables, IOptions<PersonaStoreOptions> options) : IEscalationStore
{
    private readonly PersonaTable _table = new(tables, options.Value.EscalationsTable);

    public async Task<bool> OpenAsync(EscalationRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentException.ThrowIfNullOrWhiteSpace(record.ThreadKey);
        var table = await _table.GetAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await table.AddEntityAsync(new EscalationEntity
            {
                PartitionKey = StoreKeys.OfExact(record.ThreadKey),
                ThreadKey = record.ThreadKey,
                RouteKey = record.RouteKey,
                ReasonCode = record.ReasonCode,
                EscalateTo = record.EscalateTo,
                Subject = record.Subject,
                EscalatedAt = record.EscalatedAt,
            }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TableConflictException)
        {
            return false;
        }
    }

    public async Task<EscalationRecord?> GetAsync(string threadKey, CancellationToken cancellationToken = default)
    {
        var entity = await ReadAsync(threadKey, cancellationToken).ConfigureAwait(false);
        return entity is null ? null : ToRecord(entity);
    }

    public async Task<bool> MarkPickedUpAsync(string threadKey, string pickedUpBy, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pickedUpBy);
        return await UpdateAsync(threadKey, entity =>
        {
            if (entity.PickedUp)
            {
                return false;
            }
            entity.PickedUp = true;
            entity.PickedUpAt = at;
            entity.PickedUpBy = pickedUpBy;
            return true;
        }, cancellationToken).ConfigureAwait(false) is not null;
    }

    public async Task MarkRemindedAsync(string threadKey, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await UpdateAsync(threadKey, entity =>
        {
            entity.RemindedAt = at;
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<EscalationRecord> ListOpenAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var table = await _table.GetAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<EscalationEntity>();
        var filter = TableClient.CreateQueryFilter($"RowKey eq {EscalationEntity.Row} and PickedUp eq {false}");
        await foreach (var row in table.QueryAsync<EscalationEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }
        foreach (var row in rows.OrderBy(r => r.EscalatedAt))
        {
            yield return ToRecord(row);
        }
    }

    /// <summary>Applies <paramref name="change"/> under the row's ETag, re-reading on a lost race.</summary>
    /// <returns>Null when the escalation does not exist; otherwise the row as left.</returns>
    private async Task<EscalationEntity?> UpdateAsync(string threadKey, Func<EscalationEntity, bool> change, CancellationToken cancellationToken)
    {
        var table = await _table.GetAsync(cancellationToken).ConfigureAwait(false);
        while (true)
        {
            var entity = await ReadAsync(threadKey, cancellationToken).ConfigureAwait(false);
            if (entity is null || !change(entity))
            {
                return entity;
            }
            try
            {
                await table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return entity;
            }
            catch (TablePreconditionFailedException)
            {
                // Someone else changed it; apply the change to the fresh row.
            }
        }
    }

    private async Task<EscalationEntity?> ReadAsync(string threadKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(threadKey);
        var table = await _table.GetAsync(cancellationToken).ConfigureAwait(false);
        var response = await table.GetEntityIfExistsAsync<EscalationEntity>(StoreKeys.OfExact(threadKey), EscalationEntity.Row,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    private static EscalationRecord ToRecord(EscalationEntity e) =>
        new(e.ThreadKey, e.RouteKey, e.ReasonCode, e.EscalateTo, e.Subject, e.EscalatedAt, e.PickedUpAt, e.PickedUpBy, e.RemindedAt);
}

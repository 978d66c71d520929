using Factumerit.Email.Inbound;
using Factumerit.Email.Mail;
using Factumerit.Email.Storage.Tables;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Storage.Stores.Outbox;

/// <summary>The <c>Outbox</c> table: every email we send, keyed by its idempotency key.</summary>
public sealed class OutboxStore(StorageProvisioner storage, IOptions<InboundOptions> options, TimeProvider time)
{
    /// <summary>Adds the email; false when the key is there already.</summary>
    public async Task<bool> TryAddAsync(OutboundEmail email, string key, CancellationToken cancellationToken = default)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await table.AddEntityAsync(OutboxRows.Create(email, key, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TableConflictException)
        {
            return false;
        }
    }

    public async Task<OutboxItem?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(OutboxRows.Partition(key), OutboxRows.Row, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return row.HasValue ? OutboxRows.Read(row.Value!) : null;
    }

    public Task MarkSentAsync(string key, string resendId, CancellationToken cancellationToken = default) =>
        MarkAsync(key, OutboxStatus.Sent, resendId, cancellationToken);

    public Task MarkRecordedLocallyAsync(string key, CancellationToken cancellationToken = default) =>
        MarkAsync(key, OutboxStatus.RecordedLocally, null, cancellationToken);

    /// <summary>Every email in the outbox, newest first; meant for the local outbox of development, which stays small.</summary>
    public async Task<IReadOnlyList<OutboxItem>> ListAsync(CancellationToken cancellationToken = default)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var items = new List<OutboxItem>();
        await foreach (var row in table.QueryAsync<TableEntity>(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            items.Add(OutboxRows.Read(row));
        }
        return items.OrderByDescending(i => i.CreatedAt).ToList();
    }

    private async Task MarkAsync(string key, string status, string? resendId, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var row = new TableEntity(OutboxRows.Partition(key), OutboxRows.Row)
        {
            ["Status"] = status,
            ["SentAt"] = time.GetUtcNow(),
        };
        if (resendId is not null)
        {
            row["ResendId"] = resendId;
        }
        // Merge without If-Match: a final status is the same whichever delivery writes it.
        await table.UpdateEntityAsync(row, Azure.ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
    }

    private Task<TableClient> TableAsync(CancellationToken cancellationToken) =>
        storage.TableAsync(options.Value.Tables.Outbox, cancellationToken);
}

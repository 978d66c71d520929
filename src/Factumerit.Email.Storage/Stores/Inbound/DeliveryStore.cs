using Factumerit.Email.Inbound;
using Factumerit.Email.Storage.Tables;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Storage.Stores.Inbound;

/// <summary>
/// The <c>InboundEmails</c> table, keyed by Resend's email id: the webhook inserts the row, the worker completes it.
/// There is no "queued" mark: a row that is not completed may still lack its queue message (see the webhook).
/// </summary>
public sealed class DeliveryStore(StorageProvisioner storage, IOptions<InboundOptions> options, TimeProvider time) : IInboundLedger
{
    private TableClient? _table;

    /// <summary>Inserts the de-dupe row; false when the email was announced before (whichever svix-id it came with).</summary>
    public async Task<bool> TryAddAsync(string emailId, string? svixId, DateTimeOffset acceptedAt, CancellationToken cancellationToken = default)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await table.AddEntityAsync(new DeliveryEntity
            {
                PartitionKey = StoreKeys.Encode(emailId),
                EmailId = emailId,
                SvixId = svixId,
                AcceptedAt = acceptedAt,
            }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TableConflictException)
        {
            return false;
        }
    }

    public async Task<DeliveryEntity?> GetAsync(string emailId, CancellationToken cancellationToken = default)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var response = await table.GetEntityIfExistsAsync<DeliveryEntity>(StoreKeys.Encode(emailId), DeliveryEntity.Row,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    public async Task<bool> IsCompletedAsync(string emailId, CancellationToken cancellationToken = default) =>
        await GetAsync(emailId, cancellationToken).ConfigureAwait(false) is { Status: DeliveryEntity.Completed };

    public async Task CompleteAsync(string emailId, string outcome, CancellationToken cancellationToken = default)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(StoreKeys.Encode(emailId), DeliveryEntity.Row)
        {
            [nameof(DeliveryEntity.EmailId)] = emailId,
            [nameof(DeliveryEntity.Status)] = DeliveryEntity.Completed,
            [nameof(DeliveryEntity.Outcome)] = outcome,
            [nameof(DeliveryEntity.CompletedAt)] = time.GetUtcNow(),
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<TableClient> TableAsync(CancellationToken cancellationToken) =>
        // Looked up once: the webhook calls this on every request.
        _table ??= await storage.TableAsync(options.Value.Tables.Deliveries, cancellationToken).ConfigureAwait(false);
}

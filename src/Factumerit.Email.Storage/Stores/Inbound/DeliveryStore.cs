using Factumerit.Email.Inbound;
using Factumerit.Email.Storage.Tables;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Storage.Stores.Inbound;

/// <summary>
/// The <c>InboundEmails</c> table, keyed by Resend's email id: the webhook inserts the row, the worker claims and then
/// completes it.
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

    public async Task<InboundClaim> ClaimAsync(string emailId, string? deliveryId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(emailId);
        var row = await GetAsync(emailId, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        if (row is { Status: DeliveryEntity.Completed })
        {
            return InboundClaim.Completed;
        }
        if (row is not null && !InboundClaimRule.MayClaim(row.ClaimedBy, row.ClaimedUntil, deliveryId, now))
        {
            return InboundClaim.HeldElsewhere;
        }

        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var claim = new TableEntity(StoreKeys.Encode(emailId), DeliveryEntity.Row)
        {
            [nameof(DeliveryEntity.EmailId)] = emailId,
            // Written even when empty, so an earlier holder's id cannot survive the merge and pass for this claim.
            [nameof(DeliveryEntity.ClaimedBy)] = deliveryId ?? "",
            [nameof(DeliveryEntity.ClaimedUntil)] = now + options.Value.ClaimLease,
        };
        try
        {
            if (row is null)
            {
                // No de-dupe row (a message queued by other means): the insert is the claim. Should the webhook insert
                // first, it queues the email again, so stepping back loses nothing.
                claim[nameof(DeliveryEntity.Status)] = DeliveryEntity.Accepted;
                await table.AddEntityAsync(claim, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await table.UpdateEntityAsync(claim, row.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            }
            return InboundClaim.Claimed;
        }
        catch (Exception ex) when (ex is TableConflictException or TablePreconditionFailedException)
        {
            return InboundClaim.HeldElsewhere;
        }
    }

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

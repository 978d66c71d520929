using Factumerit.Email.Inbound;
using Factumerit.Email.Storage.Tables;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Storage.Stores.Inbound;

/// <summary>
/// Daily per-sender counters in <c>SenderLimits</c>, changed under ETag: two instances counting at once both land.
/// The row remembers the last <see cref="RememberedIds"/> emails, so a redelivery keeps its first decision.
/// </summary>
public sealed class SenderLimitStore(StorageProvisioner storage, IOptions<InboundOptions> options) : ISenderLimits
{
    public const int RememberedIds = 64;
    private const int MaxAttempts = 10;

    public async Task<LimitDecision> CountAsync(string routeKey, string senderHash, DateOnly day, string emailId, int limit,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(routeKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(senderHash);
        ArgumentException.ThrowIfNullOrWhiteSpace(emailId);
        var table = await storage.TableAsync(options.Value.Tables.SenderLimits, cancellationToken).ConfigureAwait(false);
        var partition = $"{day:yyyyMMdd}-{senderHash}";
        var row = StoreKeys.Encode(routeKey);

        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var existing = await table.GetEntityIfExistsAsync<SenderLimitEntity>(partition, row, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            try
            {
                if (!existing.HasValue)
                {
                    await table.AddEntityAsync(new SenderLimitEntity { PartitionKey = partition, RowKey = row, Count = 1, RecentEmailIds = emailId },
                        cancellationToken).ConfigureAwait(false);
                    return Decide(1, limit);
                }

                var entity = existing.Value!;
                var ids = entity.RecentEmailIds.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList();
                var index = ids.IndexOf(emailId);
                if (index >= 0)
                {
                    return Decide(entity.Count - (ids.Count - 1 - index), limit);
                }

                ids.Add(emailId);
                entity.Count++;
                entity.RecentEmailIds = string.Join(',', ids.TakeLast(RememberedIds));
                await table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return Decide(entity.Count, limit);
            }
            catch (Exception ex) when (ex is TableConflictException or TablePreconditionFailedException)
            {
                // Another message from the same sender counted first; count again from a fresh read.
            }
        }
        throw new InvalidOperationException($"The daily counter of route '{routeKey}' stayed contended for {MaxAttempts} attempts.");
    }

    private static LimitDecision Decide(int position, int limit) =>
        position <= limit ? LimitDecision.Within
        : position == limit + 1 ? LimitDecision.FirstOverLimit
        : LimitDecision.OverLimit;
}

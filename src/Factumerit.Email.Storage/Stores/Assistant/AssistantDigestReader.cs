using Factumerit.Email.Assistant;
using Factumerit.Email.Digest;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Storage.Stores.Assistant;

/// <summary>
/// <see cref="IAssistantDigestReader"/> on the AssistantEmails table: one range query over the mailbox's records, the
/// status and category filtered by the service, so only what the digest reports comes back.
/// </summary>
internal sealed class AssistantDigestReader(AssistantTables tables) : IAssistantDigestReader
{
    public async Task<IReadOnlyList<AssistantEmail>> ListWaitingAsync(string mailbox, int max, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mailbox);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var table = await tables.EmailsAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {mailbox}") + " and "
            + TableClient.CreatePrefixFilter("RowKey", AssistantEmailEntity.RecordKey("")) + " and ("
            + TableClient.CreateQueryFilter($"Status eq {nameof(EmailStatus.Drafted)}") + " or "
            + TableClient.CreateQueryFilter($"(Status eq {nameof(EmailStatus.Pending)} and Category eq {Categories.NeedsResponse})") + ")";
        var records = new List<AssistantEmail>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, Math.Min(max, 1000), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            records.Add(AssistantEmailEntity.To(row));
            if (records.Count == max)
            {
                break;
            }
        }
        return records;
    }
}

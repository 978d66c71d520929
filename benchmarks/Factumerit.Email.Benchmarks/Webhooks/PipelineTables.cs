using Factumerit.Email.Inbound;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Benchmarks.Webhooks;

/// <summary>What the pipeline left in storage: rows counted by a column, for the exactly-once check.</summary>
internal sealed record PipelineTables(
    IReadOnlyDictionary<string, int> DeliveriesByOutcome,
    IReadOnlyDictionary<string, int> OutboxByStatus,
    IReadOnlyDictionary<string, int> AuditByKind,
    int ArchivedMessages)
{
    public static PipelineTables Empty { get; } = new(new Dictionary<string, int>(), new Dictionary<string, int>(), new Dictionary<string, int>(), 0);

    public static async Task<PipelineTables> ReadAsync(TableServiceClient tables, InboundTableNames names, CancellationToken cancellationToken) =>
        new(await CountAsync(tables, names.Deliveries, "Outcome", cancellationToken),
            await CountAsync(tables, names.Outbox, "Status", cancellationToken),
            await CountAsync(tables, names.Audit, "Kind", cancellationToken),
            (await CountAsync(tables, names.Messages, "PartitionKey", cancellationToken)).Count);

    private static async Task<IReadOnlyDictionary<string, int>> CountAsync(TableServiceClient tables, string table, string column,
        CancellationToken cancellationToken)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        await foreach (var row in tables.GetTableClient(table).QueryAsync<TableEntity>(select: [column], cancellationToken: cancellationToken))
        {
            var value = row.GetString(column) ?? "(none)";
            counts[value] = counts.GetValueOrDefault(value) + 1;
        }
        return counts;
    }
}

using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Benchmarks.Storage.Scenarios;

/// <summary>
/// Query every entity of one 1,000-entity partition, 1,000 per page (the service maximum). Both clients read the
/// same seeded partition; it is written once, with our client, before any timing.
/// </summary>
internal sealed class TableQueryScenario(TableServiceClient service, int iterations) : IStorageScenario
{
    public const int EntityCount = 1000;
    private const string Partition = "q";

    private string? _table;

    public string Id => "table-query";
    public string Title => $"Table paged query ({EntityCount:N0} entities, 1,000 per page)";
    public string Operation => "full query";
    public string? ItemName => "entities";
    public int Iterations => iterations;
    public int Concurrency => 1;
    public int RoundWarmupIterations => 0;

    public Task<string?> BeginRoundAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public async Task<string> PrepareAsync(CancellationToken cancellationToken)
    {
        if (_table is not null)
        {
            return _table;
        }
        var name = ResourceNames.Unique("bqry");
        await service.CreateTableIfNotExistsAsync(name, cancellationToken);
        var table = service.GetTableClient(name);
        foreach (var chunk in Enumerable.Range(0, EntityCount).Chunk(100))
        {
            var actions = chunk.Select(i =>
                new TableTransactionAction(TableTransactionActionType.Add, BenchEntity.Create(Partition, ResourceNames.RowKey(i), i)));
            await table.SubmitTransactionAsync(actions, cancellationToken);
        }
        return _table = name;
    }

    public Task<RoundResult> RunOursAsync(string resource, int count, CancellationToken cancellationToken)
    {
        var table = service.GetTableClient(resource);
        return Measure.RunAsync(count, 1, async _ =>
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");
            long count = 0;
            await foreach (var page in table.QueryAsync<BenchEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken).AsPages())
            {
                count += page.Values.Count;
            }
            return count == EntityCount ? count : throw new InvalidOperationException($"The query returned {count} entities.");
        });
    }

    /// <summary>The seeded table is read by every measurement; it goes when the scenario is disposed.</summary>
    public Task CleanupAsync(string resource, CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_table is not null)
        {
            await service.DeleteTableAsync(_table);
        }
    }
}

using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Benchmarks.Storage.Scenarios;

/// <summary>Insert one entity, then read it back by its keys; with concurrency above 1, that many workers at once.</summary>
internal sealed class TableInsertGetScenario(TableServiceClient service, int iterations, int concurrency) : IStorageScenario
{
    private const string Partition = "p";

    public string Id => "table-insert-get";
    public string Title => concurrency == 1 ? "Table insert + get (sequential)" : $"Table insert + get ({concurrency} workers)";
    public string Operation => "insert+get pair";
    public string? ItemName => null;
    public int Iterations => iterations;
    public int Concurrency => concurrency;
    public int RoundWarmupIterations => 0;

    public Task<string?> BeginRoundAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public async Task<string> PrepareAsync(CancellationToken cancellationToken)
    {
        var name = ResourceNames.Unique("bins");
        await service.CreateTableIfNotExistsAsync(name, cancellationToken);
        return name;
    }

    public Task<RoundResult> RunOursAsync(string resource, int count, CancellationToken cancellationToken)
    {
        var table = service.GetTableClient(resource);
        return Measure.RunAsync(count, concurrency, async i =>
        {
            var entity = BenchEntity.Create(Partition, ResourceNames.RowKey(i), i);
            await table.AddEntityAsync(entity, cancellationToken);
            var read = await table.GetEntityAsync<BenchEntity>(Partition, entity.RowKey, cancellationToken: cancellationToken);
            return read.Value.SizeBytes == entity.SizeBytes
                ? 1
                : throw new InvalidOperationException($"Entity {entity.RowKey} read back with other values.");
        });
    }

    public Task CleanupAsync(string resource, CancellationToken cancellationToken) =>
        service.DeleteTableAsync(resource, cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

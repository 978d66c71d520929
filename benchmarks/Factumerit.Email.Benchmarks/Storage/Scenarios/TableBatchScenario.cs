using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Benchmarks.Storage.Scenarios;

/// <summary>One transaction of 100 inserts into a fresh partition per operation.</summary>
internal sealed class TableBatchScenario(TableServiceClient service, int iterations) : IStorageScenario
{
    public const int BatchSize = 100;

    public string Id => "table-batch";
    public string Title => $"Table batch ({BatchSize} inserts per transaction)";
    public string Operation => "batch";
    public string? ItemName => "entities";
    public int Iterations => iterations;
    public int Concurrency => 1;
    public int RoundWarmupIterations => 0;

    public Task<string?> BeginRoundAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public async Task<string> PrepareAsync(CancellationToken cancellationToken)
    {
        var name = ResourceNames.Unique("bbat");
        await service.CreateTableIfNotExistsAsync(name, cancellationToken);
        return name;
    }

    public Task<RoundResult> RunOursAsync(string resource, int count, CancellationToken cancellationToken)
    {
        var table = service.GetTableClient(resource);
        return Measure.RunAsync(count, 1, async i =>
        {
            var partition = "b" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var actions = new List<TableTransactionAction>(BatchSize);
            for (var j = 0; j < BatchSize; j++)
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.Add,
                    BenchEntity.Create(partition, ResourceNames.RowKey(j), j)));
            }
            var response = await table.SubmitTransactionAsync(actions, cancellationToken);
            return response.Value.Count == BatchSize
                ? BatchSize
                : throw new InvalidOperationException($"The batch answered {response.Value.Count} of {BatchSize} actions.");
        });
    }

    public Task CleanupAsync(string resource, CancellationToken cancellationToken) =>
        service.DeleteTableAsync(resource, cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

using BenchmarkDotNet.Attributes;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Benchmarks.Micro;

/// <summary>Building query filters with escaped, typed literals.</summary>
[MemoryDiagnoser]
public class FilterBenchmarks
{
    private readonly string _partition = "O'Brien's mailbox";
    private readonly DateTimeOffset _since = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly Guid _correlation = Guid.Parse("3b0c1c3e-5f6a-4c1e-9d7a-0f4e2b8c9a10");

    [Benchmark(Description = "CreateQueryFilter (4 typed holes)")]
    public string QueryFilter() => TableClient.CreateQueryFilter(
        $"PartitionKey eq {_partition} and ReceivedOn ge {_since} and Attempts lt {3} and CorrelationId ne {_correlation}");

    [Benchmark(Description = "CreatePrefixFilter")]
    public string PrefixFilter() => TableClient.CreatePrefixFilter("RowKey", "2026-01-");
}

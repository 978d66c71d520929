using Factumerit.Email.Benchmarks.Infrastructure;
using Factumerit.Email.Benchmarks.Reporting;
using Factumerit.Email.Benchmarks.Storage.Scenarios;
using Factumerit.Email.Storage.Connection;
using Factumerit.Email.Storage.Queues;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Benchmarks.Storage;

/// <summary>
/// Our Table and Queue clients against the official JS SDKs on one storage endpoint in one run. Each round runs
/// every scenario once per client, alternating which client goes first (by round and by scenario), so neither meets a systematically warmer
/// emulator; warm-up rounds run the same way and are dropped.
/// </summary>
internal static class StorageBenchmark
{
    public static async Task<int> RunAsync(StorageSettings settings, CancellationToken cancellationToken)
    {
        var root = RepositoryRoot.Find();
        await using var azurite = settings.Connection is null ? await AzuriteLauncher.StartAsync(root, cancellationToken) : null;
        var connectionString = settings.Connection ?? azurite!.ConnectionString;
        var connection = StorageConnection.Parse(connectionString);
        var tables = new TableServiceClient(connection);
        var queues = new QueueServiceClient(connection);
        await using var official = await OfficialSdkRunner.StartAsync(root, connectionString, cancellationToken);

        var scenarios = new List<IStorageScenario>
        {
            new TableInsertGetScenario(tables, settings.Iterations, 1),
            new TableQueryScenario(tables, settings.HeavyIterations),
            new TableBatchScenario(tables, settings.HeavyIterations),
            new QueueRoundTripScenario(queues, settings.Iterations, azurite is null ? null : azurite.RestartQueueAsync),
        };
        if (settings.Concurrency > 1)
        {
            scenarios.Insert(1, new TableInsertGetScenario(tables, settings.Iterations, settings.Concurrency));
        }

        var machine = await MachineInfo.CollectAsync(root, azurite is not null);
        var summaries = scenarios.Select(s => new ScenarioSummary(s)).ToList();
        try
        {
            for (var round = -settings.WarmupRounds; round < settings.Rounds; round++)
            {
                var label = round < 0 ? $"warm-up {round + settings.WarmupRounds + 1}" : $"round {round + 1}/{settings.Rounds}";
                for (var index = 0; index < summaries.Count; index++)
                {
                    var summary = summaries[index];
                    var scenario = summary.Scenario;
                    var roundConnection = await scenario.BeginRoundAsync(cancellationToken) ?? connectionString;
                    var oursFirst = (round + settings.WarmupRounds + index) % 2 == 0;
                    if (scenario.RoundWarmupIterations > 0)
                    {
                        await MeasureAsync(scenario, oursFirst, scenario.RoundWarmupIterations, official, roundConnection, cancellationToken);
                        await MeasureAsync(scenario, !oursFirst, scenario.RoundWarmupIterations, official, roundConnection, cancellationToken);
                    }
                    var first = await MeasureAsync(scenario, oursFirst, scenario.Iterations, official, roundConnection, cancellationToken);
                    var second = await MeasureAsync(scenario, !oursFirst, scenario.Iterations, official, roundConnection, cancellationToken);
                    var (ours, theirs) = oursFirst ? (first, second) : (second, first);
                    Console.Error.WriteLine(
                        $"{label,-12} {scenario.Id,-17} c={scenario.Concurrency} ours {ours.OperationsPerSecond,8:F1}/s " +
                        $"(max {ours.LatenciesMs.Max(),7:F1} ms)  official {theirs.OperationsPerSecond,8:F1}/s (max {theirs.LatenciesMs.Max(),7:F1} ms)");
                    if (round >= 0)
                    {
                        summary.Add(ours, theirs);
                    }
                }
            }
        }
        finally
        {
            foreach (var scenario in scenarios)
            {
                await scenario.DisposeAsync();
            }
        }

        machine = machine with { LoadAverageAfter = MachineInfo.LoadAverage() };
        var report = ReportWriter.Write(settings, machine, summaries);
        Console.WriteLine(report);
        if (settings.Out is { } path)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            await File.WriteAllTextAsync(path, report, cancellationToken);
        }
        return 0;
    }

    private static async Task<RoundResult> MeasureAsync(IStorageScenario scenario, bool ours, int iterations,
        OfficialSdkRunner official, string connectionString, CancellationToken cancellationToken)
    {
        var resource = await scenario.PrepareAsync(cancellationToken);
        try
        {
            return ours
                ? await scenario.RunOursAsync(resource, iterations, cancellationToken)
                : await official.RunAsync(new(scenario.Id, connectionString, resource, iterations, scenario.Concurrency), cancellationToken);
        }
        finally
        {
            await scenario.CleanupAsync(resource, cancellationToken);
        }
    }
}

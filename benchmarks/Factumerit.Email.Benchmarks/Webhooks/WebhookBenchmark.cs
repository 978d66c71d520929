using Factumerit.Email.Benchmarks.Infrastructure;

namespace Factumerit.Email.Benchmarks.Webhooks;

/// <summary>
/// Signed Resend webhooks against the real host (development mode, its own Azurite per phase): accept-path latency
/// and throughput with the workers paused and with them running, then, once the queues are drained, proof that each
/// accepted email was handled once.
/// </summary>
internal static class WebhookBenchmark
{
    public static async Task<int> RunAsync(WebhookSettings settings, CancellationToken cancellationToken)
    {
        var root = RepositoryRoot.Find();
        var machine = await MachineInfo.CollectAsync(root, azuriteStartedHere: true);
        var runs = new List<WebhookRun>();
        foreach (var mode in settings.Drains)
        {
            Console.WriteLine($"Phase '{mode.Name()}': {mode.Title()}");
            runs.Add(await WebhookPhase.RunAsync(root, settings, mode, cancellationToken));
        }
        machine = machine with { LoadAverageAfter = MachineInfo.LoadAverage() };

        var report = WebhookReport.Write(runs, machine);
        Console.WriteLine();
        Console.WriteLine(report);
        var path = settings.OutFile ?? Path.Combine(root, "artifacts", "benchmarks", $"webhooks-{DateTimeOffset.UtcNow:yyyyMMdd-HHmmss}.md");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllTextAsync(path, report, cancellationToken);
        Console.WriteLine($"Wrote {path}");
        return runs.All(WebhookReport.ExactlyOnce) ? 0 : 1;
    }
}

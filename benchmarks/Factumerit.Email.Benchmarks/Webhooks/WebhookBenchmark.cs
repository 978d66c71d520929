using System.Diagnostics;
using Factumerit.Email.Benchmarks.Infrastructure;
using Factumerit.Email.Inbound;
using Factumerit.Email.Storage;
using Factumerit.Email.Storage.Stores;
using Factumerit.Email.Storage.Stores.Samples;
using Factumerit.Email.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Factumerit.Email.Benchmarks.Webhooks;

/// <summary>
/// Signed Resend webhooks against the real host (standalone, development mode, its own Azurite): accept-path
/// latency and throughput, then, once the queues are drained, proof that each accepted email was handled once.
/// </summary>
internal static class WebhookBenchmark
{
    public static async Task<int> RunAsync(WebhookSettings settings, CancellationToken cancellationToken)
    {
        var root = RepositoryRoot.Find();
        var machine = await MachineInfo.CollectAsync(root, azuriteStartedHere: true);
        await using var azurite = await AzuriteLauncher.StartAsync(root, cancellationToken);
        var routing = Path.Combine(Path.GetTempPath(), $"bench-routing-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(routing, $"""
            domains:
              - bench.test
            routes:
              help:
                action: forward
                forward_to: team@example.com
            """, cancellationToken);
        try
        {
            await using var services = Services(azurite.ConnectionString);
            var now = DateTimeOffset.UtcNow;
            var warmup = Enumerable.Range(0, settings.Warmup).Select(i => SyntheticEmail.Create(-1 - i, now)).ToList();
            var unique = Enumerable.Range(0, settings.Unique).Select(i => SyntheticEmail.Create(i, now)).ToList();
            Console.WriteLine($"Seeding {warmup.Count + unique.Count} received emails in the samples table...");
            await SeedAsync(services.GetRequiredService<ReceivedSampleStore>(), [.. warmup, .. unique], cancellationToken);

            Console.WriteLine("Starting the host (standalone, no Resend key: development mode)...");
            await using var host = await HostProcess.StartAsync(new Dictionary<string, string>
            {
                ["AzureWebJobsStorage"] = azurite.ConnectionString,
                ["Routing__File"] = routing,
                ["Resend__WebhookSecret"] = SyntheticEmail.WebhookSecret,
                ["Resend__ApiKey"] = "",
                ["FUNCTIONS_CUSTOMHANDLER_PORT"] = "",
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                // Information logging writes a console line per request and per message; production ships logs elsewhere.
                ["Logging__LogLevel__Default"] = "Warning",
                // As the host's own build runs (the Web SDK turns server GC on); this program's runtimeconfig does not.
                ["DOTNET_gcServer"] = "1",
            }, cancellationToken);
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = settings.Concurrency })
            {
                BaseAddress = host.BaseAddress,
                Timeout = TimeSpan.FromSeconds(60),
            };

            Console.WriteLine($"Warm-up: {warmup.Count} deliveries, not measured...");
            await LoadGenerator.RunAsync(http, warmup.Select(e => new Delivery(e, false)).ToList(), settings.Concurrency, cancellationToken);
            await WaitForDrainAsync(host, new Dictionary<string, long>(), warmup.Count, cancellationToken);

            var plan = Plan(unique, settings.Duplicates);
            var before = await host.SnapshotAsync(cancellationToken);
            Console.WriteLine($"Measuring: {plan.Count} deliveries ({settings.Duplicates} repeats) at concurrency {settings.Concurrency}...");
            var (results, elapsed) = await LoadGenerator.RunAsync(http, plan, settings.Concurrency, cancellationToken);
            var accepted = results.Count(r => r.Answer == "accepted");
            Console.WriteLine($"Sent in {elapsed.TotalSeconds:F1} s; waiting for the queues to drain ({accepted} accepted)...");
            var drain = Stopwatch.StartNew();
            var after = await WaitForDrainAsync(host, before, accepted, cancellationToken);
            var names = new InboundTableNames();
            var tables = await PipelineTables.ReadAsync(services.GetRequiredService<TableServiceClient>(), names, cancellationToken);
            machine = machine with { LoadAverageAfter = MachineInfo.LoadAverage() };

            var run = new WebhookRun(settings, results, elapsed, drain.Elapsed, Counters.Since(before, after), tables, warmup.Count);
            var report = WebhookReport.Write(run, machine);
            Console.WriteLine();
            Console.WriteLine(report);
            var path = settings.OutFile ?? Path.Combine(root, "artifacts", "benchmarks",
                $"webhooks-{DateTimeOffset.UtcNow:yyyyMMdd-HHmmss}.md");
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            await File.WriteAllTextAsync(path, report, cancellationToken);
            Console.WriteLine($"Wrote {path}");
            return WebhookReport.ExactlyOnce(run) ? 0 : 1;
        }
        finally
        {
            File.Delete(routing);
        }
    }

    /// <summary>The fresh emails in order, with each repeat placed at least 256 deliveries after its original, so the original was answered.</summary>
    private static List<Delivery> Plan(IReadOnlyList<SyntheticEmail> unique, int duplicates)
    {
        var plan = unique.Select(e => new Delivery(e, false)).ToList();
        var random = new Random(20261121);
        var gap = Math.Min(256, unique.Count / 2);
        for (var i = 0; i < duplicates; i++)
        {
            var position = random.Next(gap, plan.Count + 1);
            var original = plan[random.Next(0, position - gap + 1)];
            plan.Insert(position, original with { IsDuplicate = true });
        }
        return plan;
    }

    /// <summary>
    /// Until the worker has run once per accepted email and the sender once per outbox row, and nothing more has
    /// happened for two seconds (a redelivery would show up as an extra run).
    /// </summary>
    private static async Task<IReadOnlyDictionary<string, long>> WaitForDrainAsync(HostProcess host, IReadOnlyDictionary<string, long> before,
        int accepted, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        var (lastRuns, stableSince) = (-1L, Stopwatch.StartNew());
        while (true)
        {
            var now = await host.SnapshotAsync(cancellationToken);
            var since = Counters.Since(before, now);
            var runs = Counters.Runs(since, "inbound.process") + Counters.Runs(since, "outbound.send");
            if (runs != lastRuns)
            {
                (lastRuns, stableSince) = (runs, Stopwatch.StartNew());
            }
            if (runs >= 2L * accepted && stableSince.Elapsed > TimeSpan.FromSeconds(2))
            {
                return now;
            }
            if (deadline.Elapsed > TimeSpan.FromMinutes(10))
            {
                Console.Error.WriteLine($"The queues did not drain within 10 minutes ({runs} of {2 * accepted} runs).");
                return now;
            }
            await Task.Delay(250, cancellationToken);
        }
    }

    private static ServiceProvider Services(string connectionString)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = connectionString })
            .Build();
        var services = new ServiceCollection();
        services.AddOptions<InboundOptions>();
        services.AddEmailStorage(configuration);
        services.AddPersonaStores();
        return services.BuildServiceProvider();
    }

    private static Task SeedAsync(ReceivedSampleStore samples, IReadOnlyList<SyntheticEmail> emails, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(emails, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
            async (email, ct) => await samples.SeedAsync(email.Content, ct));
}

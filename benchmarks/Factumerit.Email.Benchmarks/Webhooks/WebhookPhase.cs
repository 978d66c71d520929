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
/// One phase on a fresh Azurite: seed, start the host, warm up, measure the deliveries, drain the queues, read the tables.
/// </summary>
internal static class WebhookPhase
{
    public static async Task<WebhookRun> RunAsync(string root, WebhookSettings settings, DrainMode mode, CancellationToken cancellationToken)
    {
        await using var azurite = await AzuriteLauncher.StartAsync(root, cancellationToken);
        var routing = Path.Combine(Path.GetTempPath(), $"bench-routing-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(routing, """
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
            var environment = HostEnvironment(azurite.ConnectionString, routing);
            var plan = Plan(unique, settings.Duplicates);
            var run = mode == DrainMode.After
                ? await DrainAfterAsync(settings, environment, warmup, plan, cancellationToken)
                : await ConcurrentAsync(settings, environment, warmup, plan, cancellationToken);
            var tables = await PipelineTables.ReadAsync(services.GetRequiredService<TableServiceClient>(), new InboundTableNames(), cancellationToken);
            return run with { Tables = tables };
        }
        finally
        {
            File.Delete(routing);
        }
    }

    /// <summary>Load against a host without listeners; then a standalone host drains the warm-up's and the measured emails.</summary>
    private static async Task<WebhookRun> DrainAfterAsync(WebhookSettings settings, Dictionary<string, string> environment,
        List<SyntheticEmail> warmup, List<Delivery> plan, CancellationToken cancellationToken)
    {
        Console.WriteLine("Starting the host in custom-handler mode (HTTP only, no queue listeners)...");
        var load = await HostProcess.StartAsync(environment, listeners: false, cancellationToken);
        List<DeliveryResult> results;
        TimeSpan elapsed;
        IReadOnlyDictionary<string, long> before, after;
        try
        {
            using var http = Client(load, settings);
            Console.WriteLine($"Warm-up: {warmup.Count} deliveries, not measured...");
            await LoadGenerator.RunAsync(http, warmup.Select(e => new Delivery(e, false)).ToList(), settings.Concurrency, cancellationToken);
            before = await load.SnapshotAsync(cancellationToken);
            Console.WriteLine($"Measuring: {plan.Count} deliveries ({settings.Duplicates} repeats) at concurrency {settings.Concurrency}...");
            (var answered, elapsed) = await LoadGenerator.RunAsync(http, plan, settings.Concurrency, cancellationToken);
            results = [.. answered];
            after = await load.SnapshotAsync(cancellationToken);
        }
        finally
        {
            await load.DisposeAsync();
        }

        var emails = warmup.Count + results.Count(r => r.Answer == "accepted");
        var messages = Counters.Operation(after, "http", "queue.send");
        Console.WriteLine($"Sent in {elapsed.TotalSeconds:F1} s; starting a standalone host to drain {messages} queued messages...");
        var drain = Stopwatch.StartNew();
        await using var drainer = await HostProcess.StartAsync(environment, listeners: true, cancellationToken);
        var drained = await WaitForDrainAsync(drainer, new Dictionary<string, long>(), messages, emails, cancellationToken);
        return new WebhookRun(DrainMode.After, settings, results, elapsed, drain.Elapsed, Counters.Since(before, after), drained,
            emails, messages, PipelineTables.Empty, warmup.Count);
    }

    /// <summary>One standalone host: its workers drain the emails while the load runs.</summary>
    private static async Task<WebhookRun> ConcurrentAsync(WebhookSettings settings, Dictionary<string, string> environment,
        List<SyntheticEmail> warmup, List<Delivery> plan, CancellationToken cancellationToken)
    {
        Console.WriteLine("Starting the host (standalone: queue listeners running)...");
        await using var host = await HostProcess.StartAsync(environment, listeners: true, cancellationToken);
        using var http = Client(host, settings);
        Console.WriteLine($"Warm-up: {warmup.Count} deliveries, not measured...");
        await LoadGenerator.RunAsync(http, warmup.Select(e => new Delivery(e, false)).ToList(), settings.Concurrency, cancellationToken);
        await WaitForDrainAsync(host, new Dictionary<string, long>(), warmup.Count, warmup.Count, cancellationToken);

        var before = await host.SnapshotAsync(cancellationToken);
        Console.WriteLine($"Measuring: {plan.Count} deliveries ({settings.Duplicates} repeats) at concurrency {settings.Concurrency}...");
        var (results, elapsed) = await LoadGenerator.RunAsync(http, plan, settings.Concurrency, cancellationToken);
        var emails = results.Count(r => r.Answer == "accepted");
        var messages = Counters.Operation(Counters.Since(before, await host.SnapshotAsync(cancellationToken)), "http", "queue.send");
        Console.WriteLine($"Sent in {elapsed.TotalSeconds:F1} s; waiting for the queues to drain ({messages} queued messages)...");
        var drain = Stopwatch.StartNew();
        var counts = Counters.Since(before, await WaitForDrainAsync(host, before, messages, emails, cancellationToken));
        return new WebhookRun(DrainMode.Concurrent, settings, results, elapsed, drain.Elapsed, counts, counts, emails, messages,
            PipelineTables.Empty, warmup.Count);
    }

    private static Dictionary<string, string> HostEnvironment(string connectionString, string routing) => new()
    {
        ["AzureWebJobsStorage"] = connectionString,
        ["Routing__File"] = routing,
        ["Resend__WebhookSecret"] = SyntheticEmail.WebhookSecret,
        ["Resend__ApiKey"] = "",
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        // Information logging writes a console line per request and per message; production ships logs elsewhere.
        ["Logging__LogLevel__Default"] = "Warning",
        // As the host's own build runs (the Web SDK turns server GC on); this program's runtimeconfig does not.
        ["DOTNET_gcServer"] = "1",
    };

    private static HttpClient Client(HostProcess host, WebhookSettings settings) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = settings.Concurrency })
        {
            BaseAddress = host.BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };

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
    /// Until the worker has run once per queued message and the sender once per email, and nothing more has happened
    /// for two seconds (a redelivery would show up as an extra run).
    /// </summary>
    private static async Task<IReadOnlyDictionary<string, long>> WaitForDrainAsync(HostProcess host, IReadOnlyDictionary<string, long> before,
        long messages, long emails, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        var (lastRuns, stableSince) = (-1L, Stopwatch.StartNew());
        while (true)
        {
            var now = await host.SnapshotAsync(cancellationToken);
            var since = Counters.Since(before, now);
            var (worker, sender) = (Counters.Runs(since, "inbound.process"), Counters.Runs(since, "outbound.send"));
            if (worker + sender != lastRuns)
            {
                (lastRuns, stableSince) = (worker + sender, Stopwatch.StartNew());
            }
            if (worker >= messages && sender >= emails && stableSince.Elapsed > TimeSpan.FromSeconds(2))
            {
                return now;
            }
            if (deadline.Elapsed > TimeSpan.FromMinutes(10))
            {
                Console.Error.WriteLine($"The queues did not drain within 10 minutes ({worker} of {messages} worker runs, {sender} of {emails} sends).");
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

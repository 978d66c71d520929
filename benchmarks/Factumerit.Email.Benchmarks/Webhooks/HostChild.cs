using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.Json;
using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.Storage.Stores.Diagnostics;

namespace Factumerit.Email.Benchmarks.Webhooks;

/// <summary>
/// The child process of the webhooks benchmark: the production host's own entry point (Program.cs of the Functions
/// assembly, configured only through environment variables), plus two listeners that let the parent read what
/// happened inside it. Storage transactions are counted from the <c>storage.transactions</c> counter that
/// <see cref="StorageTransactionMeter"/> records in the storage clients' pipeline, attributed to the span they ran
/// under: the webhook's HTTP request, an <c>inbound.process</c> or <c>outbound.send</c> run, or none (the queue
/// listeners' receive, delete and polling). Answers <c>snapshot</c> lines on stdin with one <c>BENCH {json}</c> line.
/// </summary>
internal static class HostChild
{
    public const string Command = "webhooks-host";
    public const string Prefix = "BENCH ";

    private static readonly ConcurrentDictionary<string, long> Counts = new(StringComparer.Ordinal);

    public static int Run(string[] args)
    {
        using var activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Microsoft.AspNetCore" or StorageTransactionMeter.MeterName,
            // Only the app's own spans carry data; the request span is needed to exist, not to be recorded.
            Sample = (ref ActivityCreationOptions<ActivityContext> options) => options.Source.Name == StorageTransactionMeter.MeterName
                ? ActivitySamplingResult.AllData
                : ActivitySamplingResult.PropagationData,
            ActivityStopped = activity =>
            {
                if (activity.Source.Name == StorageTransactionMeter.MeterName)
                {
                    var outcome = activity.GetTagItem("inbound.outcome") ?? activity.GetTagItem("outbound.result") ?? "failed";
                    Add($"runs|{activity.OperationName}|{outcome}");
                }
            },
        };
        ActivitySource.AddActivityListener(activities);
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument is { Name: StorageTransactionMeter.InstrumentName, Meter.Name: StorageTransactionMeter.MeterName })
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            string? service = null, operation = null;
            foreach (var tag in tags)
            {
                service = tag.Key == "service" ? tag.Value as string : service;
                operation = tag.Key == "operation" ? tag.Value as string : operation;
            }
            Add($"tx|{Stage(Activity.Current)}|{service}.{operation}", value);
        });
        meters.Start();

        var commands = new Thread(AnswerCommands) { IsBackground = true, Name = "bench-commands" };
        commands.Start();
        var entry = typeof(HostingMode).Assembly.EntryPoint
            ?? throw new InvalidOperationException("The Functions assembly has no entry point.");
        return entry.Invoke(null, [args]) is int code ? code : 0;
    }

    /// <summary>The span a storage request ran under, walking up to the outermost one in this process.</summary>
    private static string Stage(Activity? activity)
    {
        for (var current = activity; current is not null; current = current.Parent)
        {
            if (current.Source.Name == "Microsoft.AspNetCore")
            {
                return "http";
            }
            if (current.OperationName is "inbound.process" or "outbound.send")
            {
                return current.OperationName;
            }
        }
        return "listener";
    }

    private static void Add(string key, long value = 1) => Counts.AddOrUpdate(key, value, (_, count) => count + value);

    private static void AnswerCommands()
    {
        // A raw stream, not Console.In: a read blocked on Console.In holds the console lock the host needs to start.
        using var input = new StreamReader(Console.OpenStandardInput());
        while (input.ReadLine() is { } line)
        {
            if (line.Trim() == "snapshot")
            {
                var json = JsonSerializer.Serialize(new Dictionary<string, long>(Counts, StringComparer.Ordinal));
                Console.Out.WriteLine(Prefix + json);
                Console.Out.Flush();
            }
        }
        // The parent went away: stop with it.
        Environment.Exit(0);
    }
}

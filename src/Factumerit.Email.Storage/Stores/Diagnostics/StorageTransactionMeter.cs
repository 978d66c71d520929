using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Factumerit.Email.Telemetry;

namespace Factumerit.Email.Storage.Stores.Diagnostics;

/// <summary>
/// Counts requests to Table and Queue storage, one per attempt (what the account bills as transactions): the
/// <c>storage.transactions</c> counter on Meter <c>Factumerit.Email</c>, tagged <c>service</c> and <c>operation</c>,
/// plus an in-process tally that tests and benchmarks read with <see cref="Snapshot"/>.
/// </summary>
public sealed class StorageTransactionMeter
{
    public const string MeterName = EmailTelemetry.Name;
    public const string InstrumentName = "storage.transactions";

    // The app's one Meter; creating the same counter again returns the existing instrument.
    private readonly Counter<long> _counter = EmailTelemetry.Meter.CreateCounter<long>(
        InstrumentName, "{transaction}", "Requests sent to Azure Table and Queue storage, one per attempt.");

    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);

    /// <param name="service"><c>table</c> or <c>queue</c>.</param>
    /// <param name="operation">E.g. <c>insert</c>, <c>get</c>, <c>query</c>, <c>batch</c>, <c>send</c>, <c>receive</c>.</param>
    public void Record(string service, string operation)
    {
        _counts.AddOrUpdate($"{service}.{operation}", 1, static (_, count) => count + 1);
        _counter.Add(1, new KeyValuePair<string, object?>("service", service), new KeyValuePair<string, object?>("operation", operation));
    }

    /// <summary>Counts so far by <c>service.operation</c>, e.g. <c>table.insert</c>.</summary>
    public IReadOnlyDictionary<string, long> Snapshot() => new Dictionary<string, long>(_counts, StringComparer.Ordinal);

    /// <summary>What was counted between two snapshots, leaving out operations that did not change.</summary>
    public static IReadOnlyDictionary<string, long> Difference(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return after
            .Select(pair => (pair.Key, Count: pair.Value - before.GetValueOrDefault(pair.Key)))
            .Where(pair => pair.Count != 0)
            .ToDictionary(pair => pair.Key, pair => pair.Count, StringComparer.Ordinal);
    }
}

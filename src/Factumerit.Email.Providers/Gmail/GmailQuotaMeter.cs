using System.Collections.Concurrent;

namespace Factumerit.Email.Providers.Gmail;

/// <summary>
/// Quota units spent by one <see cref="GmailClient"/>, per operation, counted once per API call (retries of the
/// same call are not counted again). Thread-safe; also reported to the "gmail.quota_units" counter.
/// </summary>
public sealed class GmailQuotaMeter
{
    private readonly ConcurrentDictionary<string, long> _units = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _calls = new(StringComparer.Ordinal);
    private long _total;

    public long TotalUnits => Interlocked.Read(ref _total);

    public long UnitsFor(GmailOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return _units.TryGetValue(operation.Name, out var units) ? units : 0;
    }

    public long CallsTo(GmailOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return _calls.TryGetValue(operation.Name, out var calls) ? calls : 0;
    }

    /// <summary>Units per operation name, for reporting.</summary>
    public IReadOnlyDictionary<string, long> Snapshot() => new Dictionary<string, long>(_units, StringComparer.Ordinal);

    internal void Record(GmailOperation operation)
    {
        _units.AddOrUpdate(operation.Name, operation.QuotaUnits, (_, units) => units + operation.QuotaUnits);
        _calls.AddOrUpdate(operation.Name, 1, (_, calls) => calls + 1);
        Interlocked.Add(ref _total, operation.QuotaUnits);
        GmailTelemetry.QuotaUnits.Add(operation.QuotaUnits, new KeyValuePair<string, object?>("operation", operation.Name));
    }
}

namespace Factumerit.Email.Benchmarks.Webhooks;

/// <summary>Reading the host's counter snapshots (<see cref="HostChild"/> keys).</summary>
internal static class Counters
{
    public static IReadOnlyDictionary<string, long> Since(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after) =>
        after.Select(p => (p.Key, Count: p.Value - before.GetValueOrDefault(p.Key)))
            .Where(p => p.Count != 0)
            .ToDictionary(p => p.Key, p => p.Count, StringComparer.Ordinal);

    /// <summary>Completed spans named <paramref name="span"/> (<c>inbound.process</c>, <c>outbound.send</c>), any outcome.</summary>
    public static long Runs(IReadOnlyDictionary<string, long> counts, string span) =>
        counts.Where(p => p.Key.StartsWith($"runs|{span}|", StringComparison.Ordinal)).Sum(p => p.Value);

    public static IReadOnlyDictionary<string, long> RunOutcomes(IReadOnlyDictionary<string, long> counts, string span) =>
        counts.Where(p => p.Key.StartsWith($"runs|{span}|", StringComparison.Ordinal))
            .ToDictionary(p => p.Key[$"runs|{span}|".Length..], p => p.Value, StringComparer.Ordinal);

    /// <summary>Storage transactions made under <paramref name="stage"/> (<c>http</c>, a span name, <c>listener</c>), or all when null.</summary>
    public static long Transactions(IReadOnlyDictionary<string, long> counts, string? stage = null) =>
        counts.Where(p => p.Key.StartsWith(stage is null ? "tx|" : $"tx|{stage}|", StringComparison.Ordinal)).Sum(p => p.Value);

    /// <summary>Transactions under <paramref name="stage"/> by <c>service.operation</c>.</summary>
    public static IReadOnlyDictionary<string, long> Operations(IReadOnlyDictionary<string, long> counts, string stage) =>
        counts.Where(p => p.Key.StartsWith($"tx|{stage}|", StringComparison.Ordinal))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(p => p.Key[$"tx|{stage}|".Length..], p => p.Value, StringComparer.Ordinal);

    /// <summary>Transactions of one <c>service.operation</c> under <paramref name="stage"/>.</summary>
    public static long Operation(IReadOnlyDictionary<string, long> counts, string stage, string operation) =>
        counts.GetValueOrDefault($"tx|{stage}|{operation}");
}

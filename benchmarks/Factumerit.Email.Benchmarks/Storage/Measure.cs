using System.Diagnostics;

namespace Factumerit.Email.Benchmarks.Storage;

internal static class Measure
{
    /// <summary>
    /// Runs <paramref name="operation"/> for indexes 0..iterations-1 on <paramref name="concurrency"/> workers that
    /// take the next index as they finish, timing each operation and the whole run with <see cref="Stopwatch"/>.
    /// </summary>
    /// <param name="operation">Returns how many items (entities, messages) the operation handled.</param>
    public static async Task<RoundResult> RunAsync(int iterations, int concurrency, Func<int, Task<long>> operation)
    {
        var latencies = new double[iterations];
        var next = -1;
        long items = 0;
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, Math.Max(1, concurrency)).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < iterations; i = Interlocked.Increment(ref next))
            {
                var opStarted = Stopwatch.GetTimestamp();
                var handled = await operation(i).ConfigureAwait(false);
                latencies[i] = Stopwatch.GetElapsedTime(opStarted).TotalMilliseconds;
                Interlocked.Add(ref items, handled);
            }
        }).ToList();
        await Task.WhenAll(workers).ConfigureAwait(false);
        return new RoundResult(iterations, items, Stopwatch.GetElapsedTime(started).TotalMilliseconds, latencies);
    }
}

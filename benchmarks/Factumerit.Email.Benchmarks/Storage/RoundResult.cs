namespace Factumerit.Email.Benchmarks.Storage;

/// <summary>One timed measurement of one client on one scenario.</summary>
/// <param name="Items">Entities or messages handled, where that differs from <paramref name="Operations"/>.</param>
/// <param name="LatenciesMs">One entry per operation, in milliseconds.</param>
internal sealed record RoundResult(int Operations, long Items, double ElapsedMs, double[] LatenciesMs)
{
    public double OperationsPerSecond => Operations / (ElapsedMs / 1000.0);

    public double ItemsPerSecond => Items / (ElapsedMs / 1000.0);
}

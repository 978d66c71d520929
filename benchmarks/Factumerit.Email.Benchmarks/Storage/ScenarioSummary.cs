namespace Factumerit.Email.Benchmarks.Storage;

/// <summary>The measured rounds of one scenario, ours and the official SDK's, paired by round.</summary>
internal sealed class ScenarioSummary(IStorageScenario scenario)
{
    private readonly List<RoundResult> _ours = [];
    private readonly List<RoundResult> _official = [];

    public IStorageScenario Scenario { get; } = scenario;

    public void Add(RoundResult ours, RoundResult official)
    {
        _ours.Add(ours);
        _official.Add(official);
    }

    public double OursPerSecond => Stats.Median(_ours.Select(r => r.OperationsPerSecond));
    public double OfficialPerSecond => Stats.Median(_official.Select(r => r.OperationsPerSecond));
    public double OursItemsPerSecond => Stats.Median(_ours.Select(r => r.ItemsPerSecond));
    public double OfficialItemsPerSecond => Stats.Median(_official.Select(r => r.ItemsPerSecond));

    /// <summary>Median ours ÷ median official: above 1 means our client did more operations per second.</summary>
    public double Ratio => OursPerSecond / OfficialPerSecond;

    /// <summary>The lowest and highest ratio of a single round, showing how much the rounds disagreed.</summary>
    public (double Min, double Max) RoundRatioRange
    {
        get
        {
            var ratios = _ours.Zip(_official, (o, s) => o.OperationsPerSecond / s.OperationsPerSecond).ToList();
            return (ratios.Min(), ratios.Max());
        }
    }

    /// <summary>Measured rounds in which one operation took over a second: emulator pauses, worth naming in the report.</summary>
    public IEnumerable<string> Stalls =>
        _ours.Select((r, i) => (Side: "ours", Round: i + 1, Max: r.LatenciesMs.Max()))
            .Concat(_official.Select((r, i) => (Side: "official", Round: i + 1, Max: r.LatenciesMs.Max())))
            .Where(s => s.Max > 1000)
            .OrderBy(s => s.Round)
            .Select(s => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{s.Side} round {s.Round} ({s.Max / 1000:F1} s)"));

    /// <summary>Latency percentiles over every operation of every measured round.</summary>
    public (double P50, double P99) OursLatency => Latency(_ours);
    public (double P50, double P99) OfficialLatency => Latency(_official);

    private static (double, double) Latency(List<RoundResult> rounds)
    {
        var all = rounds.SelectMany(r => r.LatenciesMs).ToArray();
        return (Stats.Percentile(all, 50), Stats.Percentile(all, 99));
    }
}

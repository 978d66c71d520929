using System.Globalization;
using System.Text;
using Factumerit.Email.Benchmarks.Infrastructure;
using Factumerit.Email.Benchmarks.Storage;

namespace Factumerit.Email.Benchmarks.Reporting;

/// <summary>The storage comparison as markdown: the command, the machine, then one row per scenario.</summary>
internal static class ReportWriter
{
    public const double Goal = 1.0;

    public static string Write(StorageSettings settings, MachineInfo machine, IReadOnlyList<ScenarioSummary> summaries)
    {
        var md = new StringBuilder();
        md.AppendLine(Inv($"### Storage: our clients vs the official SDKs ({machine.Date})"));
        md.AppendLine();
        md.AppendLine("```sh");
        md.AppendLine("dotnet run -c Release --project benchmarks/Factumerit.Email.Benchmarks -- storage " +
            Inv($"--iterations {settings.Iterations} --rounds {settings.Rounds} --warmup {settings.WarmupRounds} --concurrency {settings.Concurrency}"));
        md.AppendLine("```");
        md.AppendLine();
        md.AppendLine(Inv($"- Machine: {machine.Processors} logical CPUs ({machine.Cpu}), {machine.Memory} RAM, {machine.OperatingSystem}"));
        md.AppendLine(Inv($"- Load average (1/5/15 min): {machine.LoadAverageBefore} before, {machine.LoadAverageAfter} after"));
        md.AppendLine(Inv($"- Ours: {machine.DotNet}, Azure.Core {machine.AzureCore}. Official: Node {machine.Node}, @azure/data-tables {machine.DataTables}, @azure/storage-queue {machine.StorageQueue}"));
        md.AppendLine(machine.AzuriteStartedHere
            ? Inv($"- Storage: Azurite {machine.Azurite}, in memory, on loopback; table and queue services in separate processes, a fresh queue process every round warmed by 100 untimed round trips per client")
            : "- Storage: the account given with --connection");
        md.AppendLine(Inv($"- {settings.Rounds} measured rounds after {settings.WarmupRounds} warm-up; in each, both clients run every scenario on the same storage, the first client alternating. Throughput is the median of rounds; latency percentiles are over every operation of every measured round."));
        md.AppendLine();
        md.AppendLine("| Scenario | Ops per round | Ours (ops/s) | Official (ops/s) | Ratio ours/official | Round ratios | Ours p50 / p99 (ms) | Official p50 / p99 (ms) |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var s in summaries)
        {
            var (min, max) = s.RoundRatioRange;
            var (op50, op99) = s.OursLatency;
            var (sp50, sp99) = s.OfficialLatency;
            var mark = s.Ratio >= Goal ? "" : " ⚠";
            md.Append(Inv($"| {s.Scenario.Title} | {s.Scenario.Iterations} | "));
            md.Append(Inv($"{Rate(s.OursPerSecond, s.OursItemsPerSecond, s)} | {Rate(s.OfficialPerSecond, s.OfficialItemsPerSecond, s)} | "));
            md.AppendLine(Inv($"**{s.Ratio:F2}×**{mark} | {min:F2}–{max:F2} | {op50:F2} / {op99:F2} | {sp50:F2} / {sp99:F2} |"));
        }
        md.AppendLine();
        var operations = summaries.Select(s => Inv($"{s.Scenario.Id} = one {s.Scenario.Operation}")).Distinct();
        md.AppendLine(Inv($"One op: {string.Join("; ", operations)}. Latency is per op. Goal: ratio ≥ {Goal:F1}× (⚠ marks a miss)."));
        var stalls = summaries.Where(s => s.Stalls.Any()).Select(s => $"{s.Scenario.Id}: {string.Join(", ", s.Stalls)}").ToList();
        md.AppendLine(stalls.Count == 0
            ? "No operation took over 1 s."
            : $"Operations over 1 s (a paused emulator; the median of rounds absorbs them): {string.Join("; ", stalls)}.");
        return md.ToString();
    }

    private static string Rate(double operations, double items, ScenarioSummary s) =>
        s.Scenario.ItemName is { } name ? Inv($"{operations:N1} ({items:N0} {name}/s)") : Inv($"{operations:N1}");

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Text;
using Factumerit.Email.Benchmarks.Infrastructure;
using Factumerit.Email.Benchmarks.Storage;

namespace Factumerit.Email.Benchmarks.Webhooks;

/// <summary>The webhooks run as markdown: command, machine, a summary of the phases, then each phase's latency, exactly-once check and transactions.</summary>
internal static class WebhookReport
{
    public const double GoalP99Milliseconds = 100;

    public static bool ExactlyOnce(WebhookRun run) => WebhookChecks.For(run).All(c => c.Expected == c.Measured);

    public static string Write(IReadOnlyList<WebhookRun> runs, MachineInfo machine)
    {
        var s = runs[0].Settings;
        var drain = runs.Count > 1 ? "both" : runs[0].Mode.Name();
        var md = new StringBuilder();
        md.AppendLine(Inv($"### Webhooks: accept path and exactly-once ({machine.Date})"));
        md.AppendLine();
        md.AppendLine("```sh");
        md.AppendLine(Inv($"dotnet run -c Release --project benchmarks/Factumerit.Email.Benchmarks -- webhooks --requests {s.Requests} --concurrency {s.Concurrency} --warmup {s.Warmup} --duplicates {s.DuplicateShare} --drain {drain}"));
        md.AppendLine("```");
        md.AppendLine();
        md.AppendLine(Inv($"- Machine: {machine.Processors} logical CPUs ({machine.Cpu}), {machine.Memory} RAM, {machine.OperatingSystem}; {machine.DotNet}; Azurite {machine.Azurite} in memory on loopback"));
        md.AppendLine(Inv($"- Load average (1/5/15 min): {machine.LoadAverageBefore} before, {machine.LoadAverageAfter} after"));
        md.AppendLine(Inv($"- Each phase: its own Azurite and host, {s.Requests} signed deliveries ({s.Unique} emails, {s.Duplicates} repeats of an earlier svix-id and body) from {s.Concurrency} workers over loopback, after {s.Warmup} unmeasured warm-up deliveries"));
        md.AppendLine();
        md.AppendLine("| Phase | Throughput | p50 | p95 | p99 | max | errors | p99 goal (< 100 ms) | exactly once |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---|---|");
        foreach (var run in runs)
        {
            var ms = run.Results.Select(r => r.Milliseconds).ToList();
            var p99 = Stats.Percentile(ms, 99);
            md.AppendLine(Inv($"| {run.Mode.Title()} | {run.Results.Count / run.LoadElapsed.TotalSeconds:N0} req/s | {Stats.Percentile(ms, 50):F1} ms | {Stats.Percentile(ms, 95):F1} ms | {p99:F1} ms | {ms.DefaultIfEmpty().Max():F1} ms | {run.Errors} | {(p99 < GoalP99Milliseconds ? "met" : "**not met**")} | {(ExactlyOnce(run) ? "yes" : "**no**")} |"));
        }
        md.AppendLine();
        foreach (var run in runs)
        {
            md.AppendLine(Inv($"#### {char.ToUpperInvariant(run.Mode.Title()[0])}{run.Mode.Title()[1..]}"));
            md.AppendLine();
            AppendLatency(md, run);
            WebhookChecks.Append(md, run);
            AppendTransactions(md, run);
            md.AppendLine();
        }
        return md.ToString();
    }

    private static void AppendLatency(StringBuilder md, WebhookRun run)
    {
        var all = run.Results.Select(r => r.Milliseconds).ToList();
        var accepted = run.Results.Where(r => r.Answer == "accepted").Select(r => r.Milliseconds).ToList();
        md.AppendLine("| Deliveries | Answered | Errors | Throughput | p50 | p95 | p99 | max | p99 goal (< 100 ms) |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        Row(md, "all", all, run.Results.Count - run.Errors, run.Errors, run.Results.Count / run.LoadElapsed.TotalSeconds);
        Row(md, "accepted only", accepted, accepted.Count, 0, null);
        md.AppendLine();
        md.AppendLine(run.Mode == DrainMode.After
            ? Inv($"Load phase {run.LoadElapsed.TotalSeconds:F2} s with no queue listener running; a standalone host then started and drained the warm-up's and the measured emails in {run.DrainElapsed.TotalSeconds:F1} s (host start-up and the 2 s quiet period that ends the wait included).")
            : Inv($"Load phase {run.LoadElapsed.TotalSeconds:F2} s with the queue workers running in the same host; the queues then drained in a further {run.DrainElapsed.TotalSeconds:F1} s (including the 2 s quiet period that ends the wait)."));
        md.AppendLine();
    }

    private static void Row(StringBuilder md, string name, List<double> ms, int answered, int errors, double? rps)
    {
        var p99 = Stats.Percentile(ms, 99);
        var throughput = rps is { } r ? Inv($"{r:N0} req/s") : "";
        md.AppendLine(Inv($"| {name} | {answered:N0} | {errors} | {throughput} | {Stats.Percentile(ms, 50):F1} ms | {Stats.Percentile(ms, 95):F1} ms | {p99:F1} ms | {ms.DefaultIfEmpty().Max():F1} ms | {(p99 < GoalP99Milliseconds ? "met" : "**not met**")} |"));
    }

    private static void AppendTransactions(StringBuilder md, WebhookRun run)
    {
        var expectedHttp = 2L * run.Accepted + 2L * run.AnsweredDuplicate + run.Requeued;
        md.AppendLine("| Storage transactions | Total | Per email | By operation |");
        md.AppendLine("|---|---:|---:|---|");
        var endToEnd = 0.0;
        foreach (var (stage, title, counts, emails) in new[]
        {
            ("http", "accept path (measured webhook requests)", run.LoadCounts, run.Accepted),
            ("inbound.process", "inbound-worker runs", run.WorkerCounts, run.WorkerEmails),
            ("outbound.send", "outbound-sender runs", run.WorkerCounts, run.WorkerEmails),
            ("listener", "queue listeners (receive, delete, polling)", run.WorkerCounts, run.WorkerEmails),
        })
        {
            var total = Counters.Transactions(counts, stage);
            var perEmail = total / (double)Math.Max(1, emails);
            endToEnd += perEmail;
            var operations = string.Join(", ", Counters.Operations(counts, stage).Select(p => Inv($"{p.Key} {p.Value:N0}")));
            md.AppendLine(Inv($"| {title} | {total:N0} | {perEmail:F2} | {operations} |"));
        }
        md.AppendLine(Inv($"| **end to end** | | **{endToEnd:F2}** | |"));
        md.AppendLine();
        md.AppendLine(Inv($"Per email: the accept path over the {run.Accepted:N0} accepted emails, the worker stages over the {run.WorkerEmails:N0} emails they drained. Accept path expected from docs/persona-pipeline.md: 2 per accepted email + 2 per duplicate + 1 per repeat that queued its email again ({run.Requeued:N0}) = {expectedHttp:N0}; measured {Counters.Transactions(run.LoadCounts, "http"):N0}."));
    }

    internal static string Inv(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Text;
using Factumerit.Email.Benchmarks.Infrastructure;
using Factumerit.Email.Benchmarks.Storage;

namespace Factumerit.Email.Benchmarks.Webhooks;

/// <summary>The webhooks run as markdown: command, machine, accept-path latency against the goal, exactly-once check, transactions.</summary>
internal static class WebhookReport
{
    public const double GoalP99Milliseconds = 100;

    public static bool ExactlyOnce(WebhookRun run) => Checks(run).All(c => c.Expected == c.Measured);

    public static string Write(WebhookRun run, MachineInfo machine)
    {
        var s = run.Settings;
        var md = new StringBuilder();
        md.AppendLine(Inv($"### Webhooks: accept path and exactly-once ({machine.Date})"));
        md.AppendLine();
        md.AppendLine("```sh");
        md.AppendLine(Inv($"dotnet run -c Release --project benchmarks/Factumerit.Email.Benchmarks -- webhooks --requests {s.Requests} --concurrency {s.Concurrency} --warmup {s.Warmup} --duplicates {s.DuplicateShare}"));
        md.AppendLine("```");
        md.AppendLine();
        md.AppendLine(Inv($"- Machine: {machine.Processors} logical CPUs ({machine.Cpu}), {machine.Memory} RAM, {machine.OperatingSystem}; {machine.DotNet}; Azurite {machine.Azurite} in memory on loopback"));
        md.AppendLine(Inv($"- Load average (1/5/15 min): {machine.LoadAverageBefore} before, {machine.LoadAverageAfter} after"));
        md.AppendLine(Inv($"- {s.Requests} signed deliveries ({s.Unique} emails, {s.Duplicates} repeats of an earlier svix-id and body) from {s.Concurrency} workers over loopback, after {run.WarmupEmails} unmeasured warm-up deliveries; the queue workers run in the same host throughout"));
        md.AppendLine();
        AppendLatency(md, run);
        AppendChecks(md, run);
        AppendTransactions(md, run);
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
        md.AppendLine(Inv($"Load phase {run.LoadElapsed.TotalSeconds:F2} s; the queues then drained in a further {run.DrainElapsed.TotalSeconds:F1} s (including the 2 s quiet period that ends the wait)."));
        md.AppendLine();
    }

    private static void Row(StringBuilder md, string name, List<double> ms, int answered, int errors, double? rps)
    {
        var p99 = Stats.Percentile(ms, 99);
        var throughput = rps is { } r ? Inv($"{r:N0} req/s") : "";
        md.AppendLine(Inv($"| {name} | {answered:N0} | {errors} | {throughput} | {Stats.Percentile(ms, 50):F1} ms | {Stats.Percentile(ms, 95):F1} ms | {p99:F1} ms | {ms.DefaultIfEmpty().Max():F1} ms | {(p99 < GoalP99Milliseconds ? "met" : "**not met**")} |"));
    }

    private sealed record Check(string What, long Expected, long Measured);

    private static IEnumerable<Check> Checks(WebhookRun run)
    {
        var s = run.Settings;
        var total = run.Accepted + run.WarmupEmails; // the tables also hold the warm-up's emails
        yield return new("fresh emails answered 202 `accepted`", s.Unique, run.Accepted);
        yield return new("repeated deliveries answered 200 `duplicate`", s.Duplicates, run.AnsweredDuplicate);
        yield return new("inbound-worker runs (measured phase)", run.Accepted, Counters.Runs(run.Counts, "inbound.process"));
        yield return new("… of which `forwarded`", run.Accepted, Counters.RunOutcomes(run.Counts, "inbound.process").GetValueOrDefault("forwarded"));
        yield return new("outbound-sender runs (measured phase)", run.Accepted, Counters.Runs(run.Counts, "outbound.send"));
        yield return new("`InboundEmails` rows completed `forwarded`", total, run.Tables.DeliveriesByOutcome.GetValueOrDefault("forwarded"));
        yield return new("`InboundEmails` rows in total", total, run.Tables.DeliveriesByOutcome.Values.Sum());
        yield return new("`Messages` archived", total, run.Tables.ArchivedMessages);
        yield return new("`Outbox` rows `recorded_locally`", total, run.Tables.OutboxByStatus.GetValueOrDefault("recorded_locally"));
        yield return new("`Outbox` rows in total", total, run.Tables.OutboxByStatus.Values.Sum());
        yield return new("audit events `forwarded`", total, run.Tables.AuditByKind.GetValueOrDefault("forwarded"));
        yield return new("audit events `recorded_locally`", total, run.Tables.AuditByKind.GetValueOrDefault("recorded_locally"));
        yield return new("audit events in total", 2L * total, run.Tables.AuditByKind.Values.Sum());
    }

    private static void AppendChecks(StringBuilder md, WebhookRun run)
    {
        md.AppendLine("| Exactly-once check | Expected | Measured | |");
        md.AppendLine("|---|---:|---:|---|");
        foreach (var check in Checks(run))
        {
            md.AppendLine(Inv($"| {check.What} | {check.Expected:N0} | {check.Measured:N0} | {(check.Expected == check.Measured ? "ok" : "**differs**")} |"));
        }
        md.AppendLine();
        md.AppendLine(Inv($"Duplicates: {run.Settings.Duplicates - run.AnsweredDuplicate} repeats were not answered `duplicate`; {run.Misanswered} deliveries got an answer other than the one their kind should get."));
        md.AppendLine();
    }

    private static void AppendTransactions(StringBuilder md, WebhookRun run)
    {
        var accepted = Math.Max(1, run.Accepted);
        var expectedHttp = 3L * run.Accepted + 2L * run.AnsweredDuplicate;
        md.AppendLine("| Storage transactions (measured phase) | Total | Per accepted email | By operation |");
        md.AppendLine("|---|---:|---:|---|");
        foreach (var (stage, title) in new[]
        {
            ("http", "accept path (webhook requests)"), ("inbound.process", "inbound-worker runs"),
            ("outbound.send", "outbound-sender runs"), ("listener", "queue listeners (receive, delete, polling)"),
        })
        {
            var total = Counters.Transactions(run.Counts, stage);
            var operations = string.Join(", ", Counters.Operations(run.Counts, stage).Select(p => Inv($"{p.Key} {p.Value:N0}")));
            md.AppendLine(Inv($"| {title} | {total:N0} | {total / (double)accepted:F2} | {operations} |"));
        }
        var all = Counters.Transactions(run.Counts);
        md.AppendLine(Inv($"| **end to end** | **{all:N0}** | **{all / (double)accepted:F2}** | |"));
        md.AppendLine();
        md.AppendLine(Inv($"Accept path expected from docs/persona-pipeline.md: 3 per accepted email + 2 per duplicate = {expectedHttp:N0}; measured {Counters.Transactions(run.Counts, "http"):N0}."));
    }

    private static string Inv(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}

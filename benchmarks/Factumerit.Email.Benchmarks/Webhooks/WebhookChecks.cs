using System.Text;

namespace Factumerit.Email.Benchmarks.Webhooks;

/// <summary>The exactly-once table: answers, worker and sender runs, and what the tables hold, against what each should be.</summary>
internal static class WebhookChecks
{
    public sealed record Check(string What, long Expected, long Measured);

    public static IEnumerable<Check> For(WebhookRun run)
    {
        var s = run.Settings;
        var total = run.Accepted + run.WarmupEmails; // the tables also hold the warm-up's emails
        var outcomes = Counters.RunOutcomes(run.WorkerCounts, "inbound.process");
        yield return new("fresh emails answered 202 `accepted`", s.Unique, run.Accepted);
        yield return new("repeated deliveries answered 200 `duplicate`", s.Duplicates, run.AnsweredDuplicate);
        yield return new("inbound-worker runs (one per queued message)", run.WorkerMessages, Counters.Runs(run.WorkerCounts, "inbound.process"));
        yield return new("… of which `forwarded`", run.WorkerEmails, outcomes.GetValueOrDefault("forwarded"));
        // A repeat's message finds its email handled (`already_handled`) or, when it overlaps the first run, claimed (`in_progress`).
        yield return new("… of which `already_handled` or `in_progress` (repeats that queued their email again)", run.WorkerMessages - run.WorkerEmails,
            outcomes.GetValueOrDefault("already_handled") + outcomes.GetValueOrDefault("in_progress"));
        yield return new("outbound-sender runs", run.WorkerEmails, Counters.Runs(run.WorkerCounts, "outbound.send"));
        yield return new("`InboundEmails` rows completed `forwarded`", total, run.Tables.DeliveriesByOutcome.GetValueOrDefault("forwarded"));
        yield return new("`InboundEmails` rows in total", total, run.Tables.DeliveriesByOutcome.Values.Sum());
        yield return new("`Messages` archived", total, run.Tables.ArchivedMessages);
        yield return new("`Outbox` rows `recorded_locally`", total, run.Tables.OutboxByStatus.GetValueOrDefault("recorded_locally"));
        yield return new("`Outbox` rows in total", total, run.Tables.OutboxByStatus.Values.Sum());
        yield return new("audit events `forwarded`", total, run.Tables.AuditByKind.GetValueOrDefault("forwarded"));
        yield return new("audit events `recorded_locally`", total, run.Tables.AuditByKind.GetValueOrDefault("recorded_locally"));
        yield return new("audit events in total", 2L * total, run.Tables.AuditByKind.Values.Sum());
    }

    public static void Append(StringBuilder md, WebhookRun run)
    {
        md.AppendLine("| Exactly-once check | Expected | Measured | |");
        md.AppendLine("|---|---:|---:|---|");
        foreach (var check in For(run))
        {
            md.AppendLine(WebhookReport.Inv($"| {check.What} | {check.Expected:N0} | {check.Measured:N0} | {(check.Expected == check.Measured ? "ok" : "**differs**")} |"));
        }
        md.AppendLine();
        md.AppendLine(WebhookReport.Inv($"Duplicates: {run.Settings.Duplicates - run.AnsweredDuplicate} repeats were not answered `duplicate`; {run.Misanswered} deliveries got an answer other than the one their kind should get."));
        md.AppendLine();
    }
}

namespace Factumerit.Email.Benchmarks.Webhooks;

/// <summary>Everything one measured phase produced, for the report.</summary>
/// <param name="LoadCounts">The load host's counters over the measured deliveries (the accept path).</param>
/// <param name="WorkerCounts">The counters of the worker runs that drained <paramref name="WorkerEmails"/>.</param>
/// <param name="WorkerEmails">Fresh emails the worker counts cover: the accepted ones, plus the warm-up's when drained after.</param>
/// <param name="WorkerMessages">Messages the webhook queued for them: one per email, plus one per repeat of an email not handled yet.</param>
internal sealed record WebhookRun(
    DrainMode Mode,
    WebhookSettings Settings,
    IReadOnlyList<DeliveryResult> Results,
    TimeSpan LoadElapsed,
    TimeSpan DrainElapsed,
    IReadOnlyDictionary<string, long> LoadCounts,
    IReadOnlyDictionary<string, long> WorkerCounts,
    int WorkerEmails,
    long WorkerMessages,
    PipelineTables Tables,
    int WarmupEmails)
{
    public int Accepted => Results.Count(r => r.Status == 202 && r.Answer == "accepted");

    public int AnsweredDuplicate => Results.Count(r => r.Status == 200 && r.Answer == "duplicate");

    public int Errors => Results.Count(r => r.Status is not (200 or 202));

    /// <summary>Repeats that found their email not handled yet and queued it again.</summary>
    public long Requeued => Counters.Operation(LoadCounts, "http", "queue.send") - Accepted;

    /// <summary>Deliveries that got an answer their kind should not get: a fresh email not accepted, a repeat not called a duplicate.</summary>
    public int Misanswered => Results.Count(r => r.IsDuplicate ? r.Answer != "duplicate" : r.Answer != "accepted");
}

namespace Factumerit.Email.Benchmarks.Webhooks;

/// <summary>Everything one measured run produced, for the report.</summary>
internal sealed record WebhookRun(
    WebhookSettings Settings,
    IReadOnlyList<DeliveryResult> Results,
    TimeSpan LoadElapsed,
    TimeSpan DrainElapsed,
    IReadOnlyDictionary<string, long> Counts,
    PipelineTables Tables,
    int WarmupEmails)
{
    public int Accepted => Results.Count(r => r.Status == 202 && r.Answer == "accepted");

    public int AnsweredDuplicate => Results.Count(r => r.Status == 200 && r.Answer == "duplicate");

    public int Errors => Results.Count(r => r.Status is not (200 or 202));

    /// <summary>Deliveries that got an answer their kind should not get: a fresh email not accepted, a repeat not called a duplicate.</summary>
    public int Misanswered => Results.Count(r => r.IsDuplicate ? r.Answer != "duplicate" : r.Answer != "accepted");
}

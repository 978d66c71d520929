namespace Factumerit.Email.Assistant.Audit;

/// <summary>
/// One step in an email's history (<c>classified</c>, <c>reclassified</c>, <c>push_ignored</c>, …), for the
/// operator API's timeline. <paramref name="Key"/> makes writing it idempotent: the same key is stored once.
/// </summary>
/// <param name="Detail">A short, address-free explanation (a category change, a rule code).</param>
public sealed record AssistantEvent(
    string Mailbox,
    string Type,
    string Key,
    DateTimeOffset At,
    string? MessageId = null,
    string? ThreadId = null,
    string? Category = null,
    string? Detail = null);

/// <summary>The assistant's event types: ingest (sync, classification) and the draft lifecycle (spec 002).</summary>
public static class AssistantEventTypes
{
    public const string Classified = "classified";
    public const string Reclassified = "reclassified";
    public const string DraftsTrashed = "drafts_trashed";
    public const string PushIgnored = "push_ignored";
    public const string Connected = "mailbox_connected";
    public const string HistoryExpired = "history_expired";
    public const string ReworkLimitReached = "rework_limit_reached";
    public const string Archived = "archived";
    public const string SentDetected = "sent_detected";
    public const string WaitingRetriaged = "waiting_retriaged";
}

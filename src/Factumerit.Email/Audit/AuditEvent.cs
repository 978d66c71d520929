namespace Factumerit.Email.Audit;

/// <summary>
/// One line of the audit trail. It never holds a body or a raw address: senders are <see cref="Mail.SenderHash"/>es,
/// and <see cref="Details"/> takes only handler metadata and short codes.
/// </summary>
/// <param name="Kind">What happened; one of <see cref="AuditKinds"/>.</param>
/// <param name="At">When it happened; events of one inbound email use the email's accept time, so a redelivery
/// rewrites its event instead of adding one.</param>
/// <param name="EmailId">The received email it is about, if any.</param>
public sealed record AuditEvent(string Kind, DateTimeOffset At, string? EmailId = null)
{
    public string? Route { get; init; }
    public string? Handler { get; init; }
    public string? SenderHash { get; init; }

    /// <summary>A short outcome code: <c>replied</c>, <c>no_reply</c>, <c>unknown_recipient</c>, <c>auto_submitted</c>, …</summary>
    public string? Outcome { get; init; }

    public long? LatencyMs { get; init; }

    /// <summary>LLM tokens the handler reported spending (<see cref="Personas.HandlerResult.TokensUsed"/>).</summary>
    public int? Tokens { get; init; }

    /// <summary>Where the message went besides the sender, as route-configured addresses (they are ours, not a sender's).</summary>
    public IReadOnlyList<string> Forwards { get; init; } = [];

    /// <summary>The exception type and a message that names no content, when it failed.</summary>
    public string? Error { get; init; }

    /// <summary>The outbox idempotency key, for events about outgoing mail.</summary>
    public string? OutboxKey { get; init; }

    public IReadOnlyDictionary<string, string> Details { get; init; } = new Dictionary<string, string>();
}

using Factumerit.Email.Mail;

namespace Factumerit.Email.Personas;

/// <summary>What a handler decided. The caller sends, forwards and escalates; the handler does no I/O for it.</summary>
public sealed record HandlerResult
{
    /// <summary>The plain-text reply; required when <see cref="ShouldRespond"/> is true.</summary>
    public string? ResponseText { get; init; }

    /// <summary>An optional HTML alternative of the reply.</summary>
    public string? ResponseHtml { get; init; }

    /// <summary>False to send nothing back to the sender (triage, drops, robots).</summary>
    public bool ShouldRespond { get; init; } = true;

    /// <summary>
    /// Where to forward the original message. It must be an address from the route's configuration
    /// (<see cref="Routing.HandlerConfig.ConfiguredAddresses"/>); the caller refuses any other.
    /// </summary>
    public EmailAddress? ForwardTo { get; init; }

    /// <summary>Set when the conversation goes to a human.</summary>
    public Escalation? Escalation { get; init; }

    /// <summary>LLM tokens spent, for the audit trail and the route's token budget.</summary>
    public int TokensUsed { get; init; }

    /// <summary>Handler-specific facts for the audit trail (labels, priority, …); no bodies, no addresses.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    /// <summary>A reply to the sender.</summary>
    public static HandlerResult Reply(string text, string? html = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return new HandlerResult { ResponseText = text, ResponseHtml = html };
    }

    /// <summary>Nothing goes back to the sender.</summary>
    public static HandlerResult NoReply() => new() { ShouldRespond = false };

    /// <summary>Hands the thread to a human at <paramref name="forwardTo"/>, telling the sender so.</summary>
    public static HandlerResult Escalate(EscalationReason reason, string acknowledgement, EmailAddress forwardTo, string? summary = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(acknowledgement);
        ArgumentNullException.ThrowIfNull(forwardTo);
        return new HandlerResult
        {
            ResponseText = acknowledgement,
            ForwardTo = forwardTo,
            Escalation = new Escalation(reason, summary),
        };
    }
}

using Factumerit.Email.Mail;
using Factumerit.Email.Routing;

namespace Factumerit.Email.Personas;

/// <summary>Everything a handler may use to answer one inbound message. Email content is untrusted input.</summary>
public sealed record EmailContext
{
    /// <summary>The key of the route that picked the handler (<c>support</c>, <c>billing@…</c>).</summary>
    public required string RouteKey { get; init; }

    public required EmailAddress From { get; init; }

    /// <summary>The persona address the message was sent to, plus tag included.</summary>
    public required EmailAddress To { get; init; }

    public required string Subject { get; init; }

    /// <summary>The RFC 5322 Message-ID, angle brackets included.</summary>
    public string? MessageId { get; init; }

    public string? InReplyTo { get; init; }

    /// <summary>The References header's message ids, oldest first.</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>The plain-text body as received.</summary>
    public string? Text { get; init; }

    /// <summary>The HTML body as received.</summary>
    public string? Html { get; init; }

    /// <summary>What the sender newly wrote: quoted history and signature stripped (<see cref="ReplyTextExtractor"/>).</summary>
    public required string ReplyText { get; init; }

    /// <summary>The message headers; names compare case-insensitively.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The sender's account, or null for an unknown sender.</summary>
    public SenderUser? SenderUser { get; init; }

    /// <summary>The route's <c>config</c> map from <c>email_routing.yaml</c>.</summary>
    public HandlerConfig Config { get; init; } = HandlerConfig.Empty;

    /// <summary>The route's <c>limits.llm_tokens</c>: the most tokens this message may spend.</summary>
    public int LlmTokenBudget { get; init; } = RouteLimits.Default.LlmTokensPerEmail;

    /// <summary>Earlier turns of this thread with this persona, oldest first, already window-limited.</summary>
    public IReadOnlyList<ConversationTurn> ConversationHistory { get; init; } = [];

    /// <summary>The persona thread this message belongs to; null for the first message.</summary>
    public string? ThreadId { get; init; }

    /// <summary>How many times the persona has already replied in this thread.</summary>
    public int TurnCount { get; init; }
}

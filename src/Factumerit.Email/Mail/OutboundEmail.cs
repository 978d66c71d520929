namespace Factumerit.Email.Mail;

/// <summary>One email to send, provider-neutral. Forward and escalation targets come only from configuration.</summary>
/// <param name="ForwardOfEmailId">When set, the received email with this id is attached as <c>message/rfc822</c>.</param>
/// <param name="Kind">What caused it, for audit and the local outbox: <c>reply</c>, <c>forward</c>, <c>escalation</c>, <c>reminder</c>, <c>digest</c>, …</param>
public sealed record OutboundEmail(
    string From,
    IReadOnlyList<string> To,
    string Subject,
    string? Text,
    string? Html = null,
    IReadOnlyList<string>? Cc = null,
    string? ReplyTo = null,
    IReadOnlyDictionary<string, string>? Headers = null,
    string? ForwardOfEmailId = null,
    string Kind = "reply");

namespace Factumerit.Email.Drafting.Mail;

/// <summary>
/// One message of a Gmail thread as the assistant sees it. <see cref="Labels"/> holds system label ids
/// (<c>INBOX</c>, <c>DRAFT</c>) and user label names (<c>AI/Outbox</c>), so callers never handle opaque ids.
/// </summary>
public sealed record MailMessage
{
    public required string Id { get; init; }
    public required string ThreadId { get; init; }
    public IReadOnlySet<string> Labels { get; init; } = new HashSet<string>(StringComparer.Ordinal);
    public string? FromName { get; init; }
    public string? FromAddress { get; init; }

    /// <summary>The Reply-To address when the sender set one.</summary>
    public string? ReplyToAddress { get; init; }
    public string? ReplyToName { get; init; }
    public string? Subject { get; init; }

    /// <summary>The RFC 2822 Message-ID header, with angle brackets.</summary>
    public string? RfcMessageId { get; init; }
    public string? References { get; init; }
    public DateTimeOffset? Date { get; init; }

    /// <summary>The plain-text body (HTML rendered as text when there is no text part); empty when not fetched.</summary>
    public string Body { get; init; } = "";

    public bool IsDraft => Labels.Contains(SystemLabels.Draft);

    public bool HasLabel(string label) => Labels.Contains(label);

    /// <summary><c>Name &lt;address&gt;</c>, or just the address.</summary>
    public string Sender => string.IsNullOrWhiteSpace(FromName) ? FromAddress ?? "" : $"{FromName} <{FromAddress}>";
}

namespace Factumerit.Email.Providers.Gmail.Mime;

public enum MimeTransferEncoding
{
    Base64,
    QuotedPrintable,
}

/// <summary>What <see cref="DraftMimeBuilder.BuildReply"/> needs to write a reply that Gmail threads.</summary>
public sealed record DraftReply
{
    public required MailboxAddress From { get; init; }

    public required IReadOnlyList<MailboxAddress> To { get; init; }

    public IReadOnlyList<MailboxAddress> Cc { get; init; } = [];

    /// <summary>The subject of the message replied to; "Re: " is added once.</summary>
    public required string OriginalSubject { get; init; }

    /// <summary>The Message-ID of the message replied to, with or without angle brackets.</summary>
    public required string InReplyTo { get; init; }

    /// <summary>The References header of the message replied to, if it had one.</summary>
    public string? OriginalReferences { get; init; }

    public required string Text { get; init; }

    /// <summary>When set, the body is multipart/alternative with <see cref="Text"/> first.</summary>
    public string? Html { get; init; }

    public MimeTransferEncoding TransferEncoding { get; init; } = MimeTransferEncoding.Base64;

    /// <summary>Optional; Gmail assigns one when the draft is sent.</summary>
    public string? MessageId { get; init; }

    public DateTimeOffset? Date { get; init; }

    /// <summary>Further ASCII headers, e.g. <c>Auto-Submitted</c>.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ExtraHeaders { get; init; } = [];
}

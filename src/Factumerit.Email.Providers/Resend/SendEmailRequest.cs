namespace Factumerit.Email.Providers.Resend;

/// <summary>The body of <c>POST /emails</c>; property names follow the API in snake_case.</summary>
public sealed record SendEmailRequest
{
    public const int MaxRecipients = 50;

    /// <summary>The sender, optionally with a display name: <c>Support &lt;support@example.com&gt;</c>.</summary>
    public required string From { get; init; }

    /// <summary>At most <see cref="MaxRecipients"/> addresses.</summary>
    public required IReadOnlyList<string> To { get; init; }

    public required string Subject { get; init; }
    public IReadOnlyList<string>? Cc { get; init; }
    public IReadOnlyList<string>? Bcc { get; init; }
    public IReadOnlyList<string>? ReplyTo { get; init; }
    public string? Html { get; init; }
    public string? Text { get; init; }
    public IReadOnlyDictionary<string, string>? Headers { get; init; }
    public IReadOnlyList<ResendAttachment>? Attachments { get; init; }
    public IReadOnlyList<ResendTag>? Tags { get; init; }
}

/// <summary>An attachment given either by <see cref="Content"/> (sent as base64) or by a URL <see cref="Path"/>.</summary>
public sealed record ResendAttachment
{
    public byte[]? Content { get; init; }
    public string? Path { get; init; }
    public string? Filename { get; init; }
    public string? ContentType { get; init; }
    public string? ContentId { get; init; }
}

/// <summary>A tag; name and value allow only ASCII letters, digits, '_' and '-'.</summary>
public sealed record ResendTag(string Name, string Value);

namespace Factumerit.Email.Inbound;

/// <summary>
/// A received email with its content, provider-neutral. Everything in it is untrusted input: it is read by
/// rules and handed to handlers, never used to pick a forward target.
/// </summary>
public sealed record InboundEmail
{
    public required string EmailId { get; init; }

    /// <summary>The From header as received, display name included.</summary>
    public required string From { get; init; }

    public IReadOnlyList<string> To { get; init; } = [];
    public IReadOnlyList<string> Cc { get; init; } = [];

    /// <summary>The envelope recipients our domain accepted it for (Bcc included), when the provider reports them.</summary>
    public IReadOnlyList<string> ReceivedFor { get; init; } = [];

    public IReadOnlyList<string> ReplyTo { get; init; } = [];
    public string Subject { get; init; } = "";

    /// <summary>The Message-ID header, angle brackets included.</summary>
    public string? MessageId { get; init; }

    public string? Text { get; init; }
    public string? Html { get; init; }

    /// <summary>Header values by name, case-insensitive.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Where the original RFC 822 source can be downloaded, while the provider keeps it.</summary>
    public Uri? RawDownloadUrl { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public string? InReplyTo => Header("In-Reply-To");

    public string? References => Header("References");

    public string? Header(string name)
    {
        foreach (var (key, value) in Headers)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }
        return null;
    }
}

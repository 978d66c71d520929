using System.Text.Json.Serialization;

namespace Factumerit.Email.Providers.Resend;

/// <summary>A received email as <c>GET /emails/receiving/{email_id}</c> returns it.</summary>
public sealed record ReceivedEmail
{
    public required string Id { get; init; }
    public IReadOnlyList<string> To { get; init; } = [];
    public string From { get; init; } = "";

    [JsonConverter(typeof(ResendTimestampConverter))]
    public DateTimeOffset CreatedAt { get; init; }

    public string Subject { get; init; } = "";
    public string? MessageId { get; init; }
    public IReadOnlyList<string>? Cc { get; init; }
    public IReadOnlyList<string>? Bcc { get; init; }
    public IReadOnlyList<string>? ReplyTo { get; init; }
    public IReadOnlyList<string>? ReceivedFor { get; init; }
    public string? Html { get; init; }
    public string? Text { get; init; }

    /// <summary>Header values by name, looked up case-insensitively; a repeated header's values are joined by ", ".</summary>
    [JsonConverter(typeof(ResendHeadersConverter))]
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    public ReceivedEmailRaw? Raw { get; init; }
    public IReadOnlyList<ReceivedEmailAttachment> Attachments { get; init; } = [];
}

/// <summary>A short-lived signed URL for the original message (RFC 822 source).</summary>
public sealed record ReceivedEmailRaw(
    Uri DownloadUrl,
    [property: JsonConverter(typeof(ResendTimestampConverter))] DateTimeOffset ExpiresAt);

public sealed record ReceivedEmailAttachment(
    string Id,
    string? Filename,
    long? Size,
    string? ContentType,
    string? ContentId,
    string? ContentDisposition);

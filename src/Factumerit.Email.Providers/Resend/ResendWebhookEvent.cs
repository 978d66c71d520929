namespace Factumerit.Email.Providers.Resend;

/// <summary>An <c>email.received</c> webhook event. It carries metadata only; fetch the content by <c>EmailId</c>.</summary>
public sealed record ResendWebhookEvent(string Type, DateTimeOffset CreatedAt, EmailReceivedEventData Data)
{
    public const string EmailReceived = "email.received";
}

public sealed record EmailReceivedEventData
{
    public required string EmailId { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required string From { get; init; }
    public required IReadOnlyList<string> To { get; init; }
    public IReadOnlyList<string> Cc { get; init; } = [];
    public IReadOnlyList<string> Bcc { get; init; } = [];

    /// <summary>The Message-ID header; null for the rare mail that has none.</summary>
    public string? MessageId { get; init; }

    public string Subject { get; init; } = "";
    public IReadOnlyList<ResendWebhookAttachment> Attachments { get; init; } = [];
}

public sealed record ResendWebhookAttachment(
    string Id, string? Filename, string? ContentType, string? ContentDisposition, string? ContentId);

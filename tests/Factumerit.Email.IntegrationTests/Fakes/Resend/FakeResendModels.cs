using System.Text.Json;

namespace Factumerit.Email.IntegrationTests.Fakes.Resend;

/// <summary>An email the fake accepted on <c>POST /emails</c>, as the API received it.</summary>
public sealed record FakeSentEmail(
    string Id,
    string From,
    IReadOnlyList<string> To,
    string Subject,
    IReadOnlyList<string> Cc,
    IReadOnlyList<string> Bcc,
    IReadOnlyList<string> ReplyTo,
    string? Html,
    string? Text,
    IReadOnlyDictionary<string, string> Headers,
    IReadOnlyList<FakeSentAttachment> Attachments,
    IReadOnlyDictionary<string, string> Tags,
    string? IdempotencyKey,
    JsonElement Body);

public sealed record FakeSentAttachment(string? Filename, string? ContentType, string? ContentId, byte[]? Content, string? Path);

/// <summary>One request that reached the fake, whatever it answered.</summary>
public sealed record FakeResendRequest(
    string Method, string Path, string? UserAgent, string? Authorization, string? IdempotencyKey, int Status);

/// <summary>
/// A received email the test seeds, served by <c>GET /emails/receiving/{id}</c>. <see cref="CreatedAt"/> is sent
/// verbatim, so a test can use either timestamp form Resend writes.
/// </summary>
public sealed record FakeReceivedEmail
{
    public string Id { get; init; } = Guid.NewGuid().ToString();
    public IReadOnlyList<string> To { get; init; } = ["support@factumerit.test"];
    public string From { get; init; } = "Sender <sender@example.test>";
    public string CreatedAt { get; init; } = "2024-02-22T23:41:11.894719+00:00";
    public string Subject { get; init; } = "Hello";
    public string MessageId { get; init; } = $"<{Guid.NewGuid():N}@example.test>";
    public IReadOnlyList<string>? Cc { get; init; } = [];
    public IReadOnlyList<string>? Bcc { get; init; } = [];
    public IReadOnlyList<string>? ReplyTo { get; init; }
    public IReadOnlyList<string>? ReceivedFor { get; init; }
    public string? Html { get; init; }
    public string? Text { get; init; } = "Hello there";
    public IReadOnlyDictionary<string, string>? Headers { get; init; }
    public IReadOnlyList<FakeReceivedAttachment> Attachments { get; init; } = [];
}

public sealed record FakeReceivedAttachment(
    string Id, string? Filename, long Size, string ContentType, string? ContentId = null, string? ContentDisposition = "attachment");

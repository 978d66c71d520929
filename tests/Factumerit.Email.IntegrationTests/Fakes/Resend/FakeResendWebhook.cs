using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Factumerit.Email.IntegrationTests.Fakes.Resend;

/// <summary>Builds <c>email.received</c> deliveries as Resend would post them, signed the Svix way.</summary>
public static class FakeResendWebhook
{
    /// <summary>The metadata-only <c>email.received</c> body announcing a seeded email.</summary>
    public static byte[] EmailReceivedBody(FakeReceivedEmail email, DateTimeOffset emittedAt)
    {
        ArgumentNullException.ThrowIfNull(email);
        var body = new Dictionary<string, object?>
        {
            ["type"] = "email.received",
            ["created_at"] = emittedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["data"] = new Dictionary<string, object?>
            {
                ["email_id"] = email.Id,
                ["created_at"] = email.CreatedAt,
                ["from"] = email.From,
                ["to"] = email.To,
                ["bcc"] = email.Bcc ?? [],
                ["cc"] = email.Cc ?? [],
                ["message_id"] = email.MessageId,
                ["subject"] = email.Subject,
                ["attachments"] = email.Attachments.Select(a => new Dictionary<string, object?>
                {
                    ["id"] = a.Id, ["filename"] = a.Filename, ["content_type"] = a.ContentType,
                    ["content_disposition"] = a.ContentDisposition, ["content_id"] = a.ContentId,
                }),
            },
        };
        return JsonSerializer.SerializeToUtf8Bytes(body);
    }

    /// <summary>The <c>svix-id</c>, <c>svix-timestamp</c> and <c>svix-signature</c> headers for a delivery.</summary>
    public static IReadOnlyDictionary<string, string> SignedHeaders(string secret, string messageId, DateTimeOffset sentAt, byte[] body)
    {
        var timestamp = sentAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return new Dictionary<string, string>
        {
            ["svix-id"] = messageId,
            ["svix-timestamp"] = timestamp,
            ["svix-signature"] = Sign(secret, messageId, timestamp, body),
        };
    }

    /// <summary><c>v1,</c> + base64(HMAC-SHA256(key, "{id}.{timestamp}.{body}")), the key being the base64 after <c>whsec_</c>.</summary>
    public static string Sign(string secret, string messageId, string timestamp, byte[] body)
    {
        var key = Convert.FromBase64String(secret.StartsWith("whsec_", StringComparison.Ordinal) ? secret[6..] : secret);
        byte[] signed = [.. Encoding.UTF8.GetBytes($"{messageId}.{timestamp}."), .. body];
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, signed));
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Factumerit.Email.Inbound;

namespace Factumerit.Email.Benchmarks.Webhooks;

/// <summary>
/// One benchmark email: its content, seeded where the host reads received mail in development mode (no Resend key),
/// and the <c>email.received</c> webhook body Resend would post for it.
/// </summary>
internal sealed record SyntheticEmail(InboundEmail Content, byte[] WebhookBody, string SvixId)
{
    public const string Recipient = "help@bench.test";
    public const string WebhookSecret = "whsec_YmVuY2htYXJrLW9ubHktZmFjdHVtZXJpdC13ZWJob29rLXNlY3JldA==";

    public static SyntheticEmail Create(int index, DateTimeOffset at)
    {
        var emailId = Guid.NewGuid().ToString();
        var from = $"Sender {index} <sender{index % 97}@example.com>";
        var subject = $"Benchmark message {index.ToString(CultureInfo.InvariantCulture)}";
        var content = new InboundEmail
        {
            EmailId = emailId,
            From = from,
            To = [Recipient],
            Subject = subject,
            MessageId = $"<{emailId}@example.com>",
            Text = string.Concat(Enumerable.Repeat("Hello, this is a benchmark message with an ordinary paragraph of text. ", 8)),
            CreatedAt = at,
        };
        var body = new JsonObject
        {
            ["type"] = "email.received",
            ["created_at"] = at.ToString("O", CultureInfo.InvariantCulture),
            ["data"] = new JsonObject
            {
                ["email_id"] = emailId,
                ["created_at"] = at.ToString("O", CultureInfo.InvariantCulture),
                ["from"] = from,
                ["to"] = new JsonArray(Recipient),
                ["cc"] = new JsonArray(),
                ["bcc"] = new JsonArray(),
                ["message_id"] = content.MessageId,
                ["subject"] = subject,
                ["attachments"] = new JsonArray(),
            },
        };
        return new SyntheticEmail(content, Encoding.UTF8.GetBytes(body.ToJsonString()), "msg_" + Guid.NewGuid().ToString("N"));
    }

    /// <summary>
    /// Svix's scheme: <c>v1,</c> + base64(HMAC-SHA256(key, "{id}.{timestamp}.{body}")). Signed at send time, as a Svix
    /// retry is: same id and body, new timestamp.
    /// </summary>
    public HttpRequestMessage ToRequest(DateTimeOffset now)
    {
        var key = Convert.FromBase64String(WebhookSecret["whsec_".Length..]);
        var timestamp = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        byte[] signed = [.. Encoding.UTF8.GetBytes($"{SvixId}.{timestamp}."), .. WebhookBody];
        var request = new HttpRequestMessage(HttpMethod.Post, "api/webhooks/resend") { Content = new ByteArrayContent(WebhookBody) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TryAddWithoutValidation("svix-id", SvixId);
        request.Headers.TryAddWithoutValidation("svix-timestamp", timestamp);
        request.Headers.TryAddWithoutValidation("svix-signature", "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, signed)));
        return request;
    }
}

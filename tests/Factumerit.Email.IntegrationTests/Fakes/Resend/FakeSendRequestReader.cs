using System.Text.Json;
using System.Text.RegularExpressions;

namespace Factumerit.Email.IntegrationTests.Fakes.Resend;

internal sealed record FakeError(int Status, string Name, string Message);

/// <summary>Checks a <c>POST /emails</c> body the way the API does (per its OpenAPI description) and reads it.</summary>
internal static partial class FakeSendRequestReader
{
    private const int MaxRecipients = 50;

    public static FakeError? Validate(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Invalid("The request body must be a JSON object.");
        }
        foreach (var field in (string[])["from", "to", "subject"])
        {
            if (!root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null
                || (value.ValueKind == JsonValueKind.String && value.GetString()!.Trim().Length == 0)
                || (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0))
            {
                return new FakeError(422, "missing_required_field", $"Missing `{field}` field.");
            }
        }
        if (root.GetProperty("from").ValueKind != JsonValueKind.String || root.GetProperty("subject").ValueKind != JsonValueKind.String)
        {
            return Invalid("`from` and `subject` must be strings.");
        }
        foreach (var field in (string[])["to", "cc", "bcc", "reply_to"])
        {
            if (root.TryGetProperty(field, out var value) && Addresses(value) is null)
            {
                return Invalid($"`{field}` must be a string or an array of strings.");
            }
        }
        if (Addresses(root.GetProperty("to"))!.Count > MaxRecipients)
        {
            return Invalid($"Too many recipients. `to` takes at most {MaxRecipients}.");
        }
        return ValidateAttachments(root) ?? ValidateTags(root) ?? ValidateHeaders(root);
    }

    public static FakeSentEmail Read(JsonElement root, string id, string? idempotencyKey) => new(
        id,
        root.GetProperty("from").GetString()!,
        Addresses(root.GetProperty("to"))!,
        root.GetProperty("subject").GetString()!,
        Optional(root, "cc"),
        Optional(root, "bcc"),
        Optional(root, "reply_to"),
        String(root, "html"),
        String(root, "text"),
        root.TryGetProperty("headers", out var headers) && headers.ValueKind == JsonValueKind.Object
            ? headers.EnumerateObject().ToDictionary(h => h.Name, h => h.Value.GetString()!, StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, string>(),
        Items(root, "attachments").Select(a => new FakeSentAttachment(
            String(a, "filename"), String(a, "content_type"), String(a, "content_id"),
            String(a, "content") is { } content ? Convert.FromBase64String(content) : null, String(a, "path"))).ToList(),
        Items(root, "tags").ToDictionary(t => String(t, "name")!, t => String(t, "value") ?? ""),
        idempotencyKey,
        root.Clone());

    private static FakeError? ValidateAttachments(JsonElement root)
    {
        foreach (var attachment in Items(root, "attachments"))
        {
            var content = String(attachment, "content");
            if (content is null && String(attachment, "path") is null)
            {
                return Invalid("An attachment needs `content` or `path`.");
            }
            if (content is not null && !Convert.TryFromBase64String(content, new byte[content.Length], out _))
            {
                return Invalid("Attachment `content` must be base64.");
            }
        }
        return null;
    }

    private static FakeError? ValidateTags(JsonElement root) =>
        Items(root, "tags").Any(tag => !TagText().IsMatch(String(tag, "name") ?? "") || !TagText().IsMatch(String(tag, "value") ?? ""))
            ? Invalid("Tags should only contain ASCII letters, numbers, underscores, or dashes.")
            : null;

    private static FakeError? ValidateHeaders(JsonElement root) =>
        root.TryGetProperty("headers", out var headers)
        && (headers.ValueKind != JsonValueKind.Object || headers.EnumerateObject().Any(h => h.Value.ValueKind != JsonValueKind.String))
            ? Invalid("`headers` must be an object of strings.")
            : null;

    private static List<string>? Addresses(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => [value.GetString()!],
        JsonValueKind.Array when value.EnumerateArray().All(item => item.ValueKind == JsonValueKind.String) =>
            [.. value.EnumerateArray().Select(item => item.GetString()!)],
        _ => null,
    };

    private static List<string> Optional(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? Addresses(value) ?? [] : [];

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IEnumerable<JsonElement> Items(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.Object).ToList()
            : [];

    private static FakeError Invalid(string message) => new(422, "validation_error", message);

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex TagText();
}

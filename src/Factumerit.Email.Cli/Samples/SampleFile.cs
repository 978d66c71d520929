using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Factumerit.Email.Inbound;

namespace Factumerit.Email.Cli.Samples;

/// <summary>
/// A sample under <c>samples/inbound/</c>: an <c>email.received</c> webhook body whose <c>data</c> also carries the
/// content Resend's receiving API would return (<c>text</c>, <c>html</c>, <c>headers</c>, <c>reply_to</c>), so
/// development can run without Resend.
/// </summary>
internal sealed record SampleFile(string Name, byte[] Body, InboundEmail Email)
{
    /// <param name="freshId">A new email id to use instead of the file's, so a replay is not taken for a duplicate.</param>
    public static SampleFile Read(string path, string? freshId)
    {
        var root = JsonNode.Parse(File.ReadAllText(path))?.AsObject()
            ?? throw new FormatException($"{path}: not a JSON object.");
        var data = root["data"]?.AsObject() ?? throw new FormatException($"{path}: no 'data' object.");
        if (freshId is not null)
        {
            data["email_id"] = freshId;
        }
        var emailId = data["email_id"]?.GetValue<string>() ?? throw new FormatException($"{path}: no data.email_id.");
        var email = new InboundEmail
        {
            EmailId = emailId,
            From = data["from"]?.GetValue<string>() ?? throw new FormatException($"{path}: no data.from."),
            To = Strings(data["to"]),
            Cc = Strings(data["cc"]),
            ReplyTo = Strings(data["reply_to"]),
            ReceivedFor = Strings(data["received_for"]),
            Subject = data["subject"]?.GetValue<string>() ?? "",
            MessageId = data["message_id"]?.GetValue<string>(),
            Text = data["text"]?.GetValue<string>(),
            Html = data["html"]?.GetValue<string>(),
            Headers = data["headers"] is JsonObject headers
                ? headers.ToDictionary(h => h.Key, h => h.Value?.GetValue<string>() ?? "", StringComparer.OrdinalIgnoreCase)
                : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase),
            CreatedAt = DateTimeOffset.TryParse(data["created_at"]?.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                ? at
                : DateTimeOffset.UtcNow,
        };
        return new SampleFile(Path.GetFileName(path), JsonSerializer.SerializeToUtf8Bytes(root), email);
    }

    private static IReadOnlyList<string> Strings(JsonNode? node) => node switch
    {
        JsonArray array => array.Select(item => item?.GetValue<string>() ?? "").Where(s => s.Length > 0).ToList(),
        JsonValue value when value.TryGetValue<string>(out var single) => [single],
        _ => [],
    };
}

using System.Globalization;
using System.Text.Json;
using Factumerit.Email.Providers.Gmail.Mime;

namespace Factumerit.Email.Providers.Gmail.Push;

/// <summary>
/// Reads <c>{"message":{"data":base64({"emailAddress","historyId"}),"messageId","publishTime"},"subscription"}</c>.
/// The data may be base64url or standard base64, padded or not; historyId may be a number or a string.
/// Never throws on bad input.
/// </summary>
public static class GmailPushParser
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16 };

    public static GmailPushParseResult Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            using var envelope = JsonDocument.Parse(body.ToArray(), DocumentOptions);
            if (envelope.RootElement.ValueKind != JsonValueKind.Object
                || !envelope.RootElement.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.Object)
            {
                return GmailPushParseResult.Fail("The body has no message object.");
            }
            if (!TryString(message, "data", out var data) || !Base64Url.TryDecode(data, out var decoded))
            {
                return GmailPushParseResult.Fail("message.data is missing or not base64.");
            }
            using var payload = JsonDocument.Parse(decoded, DocumentOptions);
            var root = payload.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !TryString(root, "emailAddress", out var email) || string.IsNullOrWhiteSpace(email))
            {
                return GmailPushParseResult.Fail("The notification has no emailAddress.");
            }
            if (!TryHistoryId(root, out var historyId))
            {
                return GmailPushParseResult.Fail("The notification has no valid historyId.");
            }
            TryString(message, "messageId", out var messageId);
            TryString(envelope.RootElement, "subscription", out var subscription);
            return new GmailPushParseResult(
                new GmailPushNotification(email!, historyId, messageId, PublishTime(message), subscription), null);
        }
        catch (JsonException)
        {
            return GmailPushParseResult.Fail("The body or its data is not valid JSON.");
        }
    }

    private static bool TryString(JsonElement element, string name, out string? value)
    {
        value = element.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String
            ? property.GetString()
            : null;
        return value is not null;
    }

    private static bool TryHistoryId(JsonElement root, out ulong historyId)
    {
        historyId = 0;
        if (!root.TryGetProperty("historyId", out var property))
        {
            return false;
        }
        var parsed = property.ValueKind switch
        {
            JsonValueKind.Number => property.TryGetUInt64(out historyId),
            JsonValueKind.String => ulong.TryParse(property.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out historyId),
            _ => false,
        };
        return parsed && historyId > 0;
    }

    private static DateTimeOffset? PublishTime(JsonElement message) =>
        TryString(message, "publishTime", out var text)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : null;
}

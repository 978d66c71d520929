using System.Globalization;
using System.Text.Json;

namespace Factumerit.Email.Functions.Hosting.CustomHandler;

/// <summary>Reads binding values the way the Functions host sends them to a custom handler.</summary>
internal static class InvocationValues
{
    /// <summary>
    /// The host may JSON-encode a string twice (<c>"\"text\""</c>). If the value is itself a JSON string literal,
    /// unwrap it once; otherwise keep it as it is.
    /// </summary>
    public static string UnwrapString(string value)
    {
        var trimmed = value.AsSpan().Trim();
        if (trimmed.Length < 2 || trimmed[0] != '"' || trimmed[^1] != '"')
        {
            return value;
        }
        try
        {
            return JsonSerializer.Deserialize(trimmed, InvocationJsonContext.Default.String) ?? value;
        }
        catch (JsonException)
        {
            return value;
        }
    }

    /// <summary>The text of a value: strings unwrapped, objects and arrays as their JSON, null as null.</summary>
    public static string? Text(JsonElement? element) => element?.ValueKind switch
    {
        null or JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => UnwrapString(element.Value.GetString()!),
        _ => element.Value.GetRawText(),
    };

    public static long? Int64(JsonElement? element) => element?.ValueKind switch
    {
        JsonValueKind.Number when element.Value.TryGetInt64(out var n) => n,
        JsonValueKind.String => long.TryParse(Text(element), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null,
        _ => null,
    };

    public static bool? Boolean(JsonElement? element) => element?.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => bool.TryParse(Text(element), out var b) ? b : null,
        _ => null,
    };

    public static DateTimeOffset? Timestamp(JsonElement? element) =>
        Text(element) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            ? value
            : null;

    /// <summary>An object value, also when the host sent it as a JSON-encoded string.</summary>
    public static JsonElement? Object(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return element;
        }
        if (element.ValueKind != JsonValueKind.String)
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(Text(element)!);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

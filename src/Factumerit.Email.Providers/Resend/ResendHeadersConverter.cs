using System.Text.Json;
using System.Text.Json.Serialization;

namespace Factumerit.Email.Providers.Resend;

/// <summary>
/// Reads the received email's <c>headers</c> object into a case-insensitive map. The API documents string values;
/// an array (a repeated header) or another JSON value is tolerated rather than failing the whole email.
/// </summary>
public sealed class ResendHeadersConverter : JsonConverter<IReadOnlyDictionary<string, string>>
{
    public override IReadOnlyDictionary<string, string>? Read(
        ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        using var document = JsonDocument.ParseValue(ref reader);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("headers must be an object.");
        }
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var value = ValueOf(property.Value);
            headers[property.Name] = headers.TryGetValue(property.Name, out var earlier) ? $"{earlier}, {value}" : value;
        }
        return headers;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, string> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (name, text) in value)
        {
            writer.WriteString(name, text);
        }
        writer.WriteEndObject();
    }

    private static string ValueOf(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.Array => string.Join(", ", element.EnumerateArray().Select(ValueOf)),
        JsonValueKind.Null => "",
        _ => element.GetRawText(),
    };
}

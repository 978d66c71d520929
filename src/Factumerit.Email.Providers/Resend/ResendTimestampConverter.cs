using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Factumerit.Email.Providers.Resend;

/// <summary>
/// Resend writes timestamps both the Postgres way (<c>2023-04-07 23:13:52.669661+00</c>) and as ISO 8601
/// (<c>2024-02-22T23:41:11.894719+00:00</c>, <c>…Z</c>); both are read, ISO is written.
/// </summary>
public sealed class ResendTimestampConverter : JsonConverter<DateTimeOffset>
{
    private static readonly string[] PostgresFormats =
    [
        "yyyy-MM-dd HH:mm:ss.FFFFFFFzz",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFzzz",
    ];

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return TryParse(text, out var value)
            ? value
            : throw new JsonException($"'{text}' is not a timestamp Resend writes.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("O", CultureInfo.InvariantCulture));

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces;
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        return DateTimeOffset.TryParseExact(text, PostgresFormats, CultureInfo.InvariantCulture, styles, out value)
            || (text.Contains('T', StringComparison.Ordinal)
                && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out value));
    }
}

using System.Globalization;
using System.Text.Json;
using Azure;

namespace Factumerit.Email.Storage.Tables;

/// <summary>Reads one entity object of a minimal-metadata response into typed wire values.</summary>
internal static class EntityReader
{
    public static (Dictionary<string, object> Values, ETag ETag) Read(JsonElement entity)
    {
        var annotations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in entity.EnumerateObject())
        {
            if (property.Name.EndsWith(TableConstants.ODataTypeSuffix, StringComparison.Ordinal)
                && property.Value.ValueKind == JsonValueKind.String)
            {
                annotations[property.Name[..^TableConstants.ODataTypeSuffix.Length]] = property.Value.GetString()!;
            }
        }

        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        var etag = default(ETag);
        foreach (var property in entity.EnumerateObject())
        {
            var name = property.Name;
            if (name == TableConstants.ODataEtag)
            {
                etag = new ETag(property.Value.GetString()!);
            }
            else if (!name.StartsWith("odata.", StringComparison.Ordinal)
                && !name.EndsWith(TableConstants.ODataTypeSuffix, StringComparison.Ordinal)
                && property.Value.ValueKind != JsonValueKind.Null)
            {
                var edmType = annotations.GetValueOrDefault(name)
                    ?? (name == TableConstants.Timestamp ? TableConstants.EdmDateTime : null);
                values[name] = ReadValue(name, property.Value, edmType);
            }
        }
        return (values, etag);
    }

    private static object ReadValue(string name, JsonElement value, string? edmType)
    {
        try
        {
            return edmType switch
            {
                TableConstants.EdmInt64 => value.ValueKind == JsonValueKind.String
                    ? long.Parse(value.GetString()!, NumberStyles.Integer, CultureInfo.InvariantCulture)
                    : value.GetInt64(),
                TableConstants.EdmInt32 => value.GetInt32(),
                TableConstants.EdmDouble => ReadDouble(value),
                TableConstants.EdmDateTime => DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
                TableConstants.EdmGuid => Guid.Parse(value.GetString()!),
                TableConstants.EdmBinary => value.GetBytesFromBase64(),
                TableConstants.EdmBoolean => value.GetBoolean(),
                TableConstants.EdmString => value.GetString()!,
                _ => Infer(value),
            };
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or OverflowException)
        {
            throw new InvalidOperationException($"Property '{name}' could not be read as {edmType ?? "JSON"}.", ex);
        }
    }

    private static double ReadDouble(JsonElement value) => value.ValueKind == JsonValueKind.String
        ? value.GetString() switch
        {
            "NaN" => double.NaN,
            "Infinity" or "INF" => double.PositiveInfinity,
            "-Infinity" or "-INF" => double.NegativeInfinity,
            var s => double.Parse(s!, NumberStyles.Float, CultureInfo.InvariantCulture),
        }
        : value.GetDouble();

    /// <summary>Unannotated values: JSON strings, booleans, Int32 (integers) and doubles (anything with a fraction or exponent).</summary>
    private static object Infer(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when value.TryGetInt32(out var i) => i,
        JsonValueKind.Number when value.TryGetInt64(out var l) => l,
        JsonValueKind.Number => value.GetDouble(),
        _ => throw new InvalidOperationException($"A {value.ValueKind} cannot be a table property value."),
    };
}

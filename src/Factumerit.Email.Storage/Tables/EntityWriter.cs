using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Factumerit.Email.Storage.Tables;

/// <summary>
/// Writes an entity as the JSON body of an insert or update, with <c>@odata.type</c> annotations for the types
/// JSON cannot carry, after checking the service's size limits. Sizes follow the documented formula:
/// https://learn.microsoft.com/rest/api/storageservices/understanding-the-table-service-data-model#property-types
/// </summary>
internal static class EntityWriter
{
    public const int MaxCustomProperties = 252; // 255 including PartitionKey, RowKey and Timestamp
    public const int MaxEntityBytes = 1024 * 1024;
    public const int MaxBinaryBytes = 64 * 1024;
    public const int MaxStringChars = 32 * 1024; // 64 KiB of UTF-16

    private static readonly DateTimeOffset MinDate = new(1601, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Serialize(ITableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        TableValidation.Keys(entity.PartitionKey, entity.RowKey);
        var properties = EntityMapper.ToProperties(entity);
        if (properties.Count > MaxCustomProperties)
        {
            throw new ArgumentException(
                $"Entity has {properties.Count} properties; at most {MaxCustomProperties} are allowed besides PartitionKey, RowKey and Timestamp.",
                nameof(entity));
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString(TableConstants.PartitionKey, entity.PartitionKey);
            writer.WriteString(TableConstants.RowKey, entity.RowKey);
            long size = 4 + 2L * (entity.PartitionKey.Length + entity.RowKey.Length);
            foreach (var (name, value) in properties)
            {
                TableValidation.PropertyName(name);
                size += 8 + 2L * name.Length + WriteValue(writer, name, value);
            }
            writer.WriteEndObject();
            if (size > MaxEntityBytes)
            {
                throw new ArgumentException($"Entity is {size} bytes; an entity may be at most 1 MiB.", nameof(entity));
            }
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <returns>The value's size as the service counts it.</returns>
    private static long WriteValue(Utf8JsonWriter writer, string name, object value)
    {
        switch (value)
        {
            case string s:
                if (s.Length > MaxStringChars)
                {
                    throw new ArgumentException(
                        $"Property '{name}' is {s.Length} characters; a string property may be at most 64 KiB ({MaxStringChars} UTF-16 characters).", name);
                }
                writer.WriteString(name, s);
                return 4 + 2L * s.Length;
            case bool b:
                writer.WriteBoolean(name, b);
                return 1;
            case int i:
                writer.WriteNumber(name, i);
                return 4;
            case long l:
                Annotate(writer, name, TableConstants.EdmInt64);
                writer.WriteString(name, l.ToString(CultureInfo.InvariantCulture));
                return 8;
            case double d:
                WriteDouble(writer, name, d);
                return 8;
            case DateTimeOffset dto:
                if (dto < MinDate)
                {
                    throw new ArgumentException($"Property '{name}' is before 1601-01-01, the earliest date a table can store.", name);
                }
                Annotate(writer, name, TableConstants.EdmDateTime);
                writer.WriteString(name, FormatDate(dto));
                return 8;
            case Guid g:
                Annotate(writer, name, TableConstants.EdmGuid);
                writer.WriteString(name, g.ToString("D"));
                return 16;
            case byte[] bytes:
                if (bytes.Length > MaxBinaryBytes)
                {
                    throw new ArgumentException(
                        $"Property '{name}' is {bytes.Length} bytes; a binary property may be at most 64 KiB.", name);
                }
                Annotate(writer, name, TableConstants.EdmBinary);
                writer.WriteBase64String(name, bytes);
                return 4 + bytes.Length;
            default:
                throw new ArgumentException($"Property '{name}' has type {value.GetType().Name}, which a table entity cannot store.", name);
        }
    }

    public static string FormatDate(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Always annotated: a whole-valued double serialises as "5", which the service would otherwise store as Int32.
    /// Non-finite values travel as the strings OData defines for them.
    /// </summary>
    private static void WriteDouble(Utf8JsonWriter writer, string name, double value)
    {
        Annotate(writer, name, TableConstants.EdmDouble);
        if (double.IsFinite(value))
        {
            writer.WriteNumber(name, value);
        }
        else
        {
            writer.WriteString(name, double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
    }

    private static void Annotate(Utf8JsonWriter writer, string name, string edmType) =>
        writer.WriteString(name + TableConstants.ODataTypeSuffix, edmType);
}

namespace Factumerit.Email.Storage.Tables;

/// <summary>
/// Converts between the CLR values callers use and the eight values the wire knows:
/// string, bool, int, long, double, DateTimeOffset (UTC), Guid and byte[].
/// </summary>
internal static class EntityValues
{
    public static object Normalize(string name, object value) => value switch
    {
        string or bool or int or long or double or DateTimeOffset or Guid or byte[] => value,
        DateTime dt => ToUtc(dt),
        BinaryData data => data.ToArray(),
        Enum e => e.ToString(),
        _ => throw new ArgumentException(
            $"Property '{name}' has type {value.GetType().Name}, which a table entity cannot store.", name),
    };

    /// <summary>An unspecified kind is taken as UTC so the stored instant does not depend on the machine's zone.</summary>
    public static DateTimeOffset ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => new DateTimeOffset(value.ToUniversalTime(), TimeSpan.Zero),
        _ => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc), TimeSpan.Zero),
    };

    public static object ToProperty(EntityProperty property, object value)
    {
        try
        {
            return property.Kind switch
            {
                EdmKind.String => (string)value,
                EdmKind.Boolean => (bool)value,
                EdmKind.Int32 => (int)value,
                EdmKind.Int64 => value is int i ? (long)i : (long)value,
                EdmKind.Double => value switch { int i => (double)i, long l => l, _ => (double)value },
                EdmKind.DateTimeOffset => (DateTimeOffset)value,
                EdmKind.DateTime => ((DateTimeOffset)value).UtcDateTime,
                EdmKind.Guid => value is string s ? Guid.Parse(s) : (Guid)value,
                EdmKind.Binary => (byte[])value,
                EdmKind.Enum => value is int n ? Enum.ToObject(property.ValueType, n) : Enum.Parse(property.ValueType, (string)value),
                _ => throw new InvalidCastException(),
            };
        }
        catch (Exception ex) when (ex is InvalidCastException or FormatException or ArgumentException)
        {
            throw new InvalidOperationException(
                $"Stored property '{property.Name}' holds a {value.GetType().Name} that cannot be read as {property.ValueType.Name}.", ex);
        }
    }
}

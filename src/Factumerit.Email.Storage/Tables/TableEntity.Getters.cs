namespace Factumerit.Email.Storage.Tables;

public sealed partial class TableEntity
{
    public string? GetString(string key) => Find(key) is { } value ? Cast<string>(key, value) : null;

    public bool? GetBoolean(string key) => Value<bool>(key);

    public int? GetInt32(string key) => Value<int>(key);

    /// <summary>Widens an Int32 value, since an unannotated JSON integer reads as Int32.</summary>
    public long? GetInt64(string key) => Find(key) switch
    {
        null => null,
        int i => i,
        var other => Cast<long>(key, other),
    };

    /// <summary>Widens integer values, since a whole-valued double written without annotation reads as an integer.</summary>
    public double? GetDouble(string key) => Find(key) switch
    {
        null => null,
        int i => i,
        long l => l,
        var other => Cast<double>(key, other),
    };

    public DateTimeOffset? GetDateTimeOffset(string key) => Find(key) switch
    {
        null => null,
        DateTime dt => new DateTimeOffset(DateTime.SpecifyKind(dt, dt.Kind == DateTimeKind.Local ? DateTimeKind.Local : DateTimeKind.Utc)),
        var other => Cast<DateTimeOffset>(key, other),
    };

    public DateTime? GetDateTime(string key) => GetDateTimeOffset(key)?.UtcDateTime;

    public Guid? GetGuid(string key) => Find(key) switch
    {
        null => null,
        string s when Guid.TryParse(s, out var g) => g,
        var other => Cast<Guid>(key, other),
    };

    public byte[]? GetBinary(string key) => Find(key) switch
    {
        null => null,
        BinaryData data => data.ToArray(),
        var other => Cast<byte[]>(key, other),
    };

    private object? Find(string key) => _values.TryGetValue(key, out var value) ? value : null;

    private T? Value<T>(string key) where T : struct => Find(key) is { } value ? Cast<T>(key, value) : null;

    private static T Cast<T>(string key, object value) => value is T typed
        ? typed
        : throw new InvalidOperationException($"Property '{key}' holds a {value.GetType().Name}, not a {typeof(T).Name}.");
}

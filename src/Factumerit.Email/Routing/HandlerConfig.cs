using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Factumerit.Email.Mail;

namespace Factumerit.Email.Routing;

/// <summary>
/// A route's free-form <c>config</c> map. Values are <see cref="string"/> (YAML scalars),
/// <see cref="IReadOnlyList{T}"/> of values, or nested <see cref="IReadOnlyDictionary{TKey, TValue}"/>.
/// Typed getters throw <see cref="FormatException"/> naming the key when a value has the wrong shape;
/// the loader already checks the naming conventions (<c>*_to</c>, <c>max_*</c>, <c>*_timeout</c>, <c>*_file</c>).
/// </summary>
public sealed class HandlerConfig(IReadOnlyDictionary<string, object> values, string? baseDirectory = null)
    : IReadOnlyDictionary<string, object>
{
    public static HandlerConfig Empty { get; } = new(new Dictionary<string, object>());

    /// <summary>The folder of the routing file; <c>*_file</c> values are relative to it.</summary>
    public string? BaseDirectory { get; } = baseDirectory;

    public object this[string key] => values[key];

    public IEnumerable<string> Keys => values.Keys;

    public IEnumerable<object> Values => values.Values;

    public int Count => values.Count;

    public bool ContainsKey(string key) => values.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object value) => values.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public string? GetString(string key) =>
        TryGetValue(key, out var value) ? value as string ?? throw Shape(key, "a single value") : null;

    public int? GetInt32(string key) =>
        GetString(key) is { } text
            ? int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : throw Shape(key, "an integer")
            : null;

    public bool? GetBoolean(string key) =>
        GetString(key) is { } text
            ? bool.TryParse(text, out var b) ? b : throw Shape(key, "true or false")
            : null;

    /// <summary>A list value; a single value counts as a list of one.</summary>
    public IReadOnlyList<string> GetStringList(string key)
    {
        if (!TryGetValue(key, out var value))
        {
            return [];
        }

        return value switch
        {
            string single => [single],
            IReadOnlyList<object> list when list.All(item => item is string) => list.Cast<string>().ToArray(),
            _ => throw Shape(key, "a list of values"),
        };
    }

    public EmailAddress? GetAddress(string key) =>
        GetString(key) is { } text
            ? EmailAddress.TryParse(text, out var address) ? address : throw Shape(key, "an email address")
            : null;

    /// <summary>A duration such as <c>90s</c>, <c>30m</c>, <c>24h</c>, <c>2d</c>, <c>1w</c> or <c>1.12:00:00</c>.</summary>
    public TimeSpan? GetDuration(string key) =>
        GetString(key) is { } text
            ? ConfigDuration.TryParse(text, out var duration) ? duration : throw Shape(key, "a duration such as 24h")
            : null;

    /// <summary>A <c>*_file</c> value resolved against <see cref="BaseDirectory"/>.</summary>
    public string? GetFilePath(string key) =>
        GetString(key) is { } path ? Path.GetFullPath(path, BaseDirectory ?? Directory.GetCurrentDirectory()) : null;

    /// <summary>
    /// Every address in a <c>*_to</c> key: the only places a handler may forward or escalate to,
    /// so a model's output can never pick a target.
    /// </summary>
    public IReadOnlySet<EmailAddress> ConfiguredAddresses()
    {
        var result = new HashSet<EmailAddress>();
        foreach (var key in Keys.Where(ConfigConventions.IsAddressKey))
        {
            foreach (var text in GetStringList(key))
            {
                if (EmailAddress.TryParse(text, out var address))
                {
                    result.Add(address);
                }
            }
        }

        return result;
    }

    private static FormatException Shape(string key, string expected) =>
        new($"Handler config key '{key}' must be {expected}.");
}

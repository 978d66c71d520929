using System.Text.Json;

namespace Factumerit.Email.Providers.Resend;

/// <summary>Reads fields of a webhook body, remembering the path of the first required field that is absent or malformed.</summary>
internal sealed class WebhookFieldReader
{
    private readonly JsonElement _element;
    private readonly string _path;
    private readonly FirstMissing _missing;

    public WebhookFieldReader(JsonElement element) : this(element, "", new FirstMissing())
    {
    }

    private WebhookFieldReader(JsonElement element, string path, FirstMissing missing)
    {
        _element = element;
        _path = path;
        _missing = missing;
    }

    public string? MissingField => _missing.Field;

    /// <summary>A string; when required, an empty one counts as missing.</summary>
    public string? String(string name, bool required = true) =>
        Property(name) is { ValueKind: JsonValueKind.String } value && (!required || value.GetString()!.Length > 0)
            ? value.GetString()
            : Fail<string>(name, required);

    public DateTimeOffset? Timestamp(string name) =>
        ResendTimestampConverter.TryParse(String(name), out var value) ? value : FailTimestamp(name);

    public WebhookFieldReader? Object(string name) =>
        Property(name) is { ValueKind: JsonValueKind.Object } value
            ? new WebhookFieldReader(value, $"{_path}{name}.", _missing)
            : Fail<WebhookFieldReader>(name, required: true);

    public IReadOnlyList<string>? Strings(string name, bool required)
    {
        if (Property(name) is not { ValueKind: JsonValueKind.Array } array
            || array.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String))
        {
            return Fail<IReadOnlyList<string>>(name, required);
        }
        return [.. array.EnumerateArray().Select(item => item.GetString()!)];
    }

    /// <summary>The objects of an optional array; each is read under <c>name[i].</c>.</summary>
    public IEnumerable<WebhookFieldReader> Objects(string name)
    {
        if (Property(name) is not { ValueKind: JsonValueKind.Array } array)
        {
            yield break;
        }
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            yield return new WebhookFieldReader(item, $"{_path}{name}[{index++}].", _missing);
        }
    }

    private JsonElement? Property(string name) =>
        _element.ValueKind == JsonValueKind.Object && _element.TryGetProperty(name, out var value) ? value : null;

    private DateTimeOffset? FailTimestamp(string name)
    {
        _missing.Field ??= _path + name;
        return null;
    }

    private T? Fail<T>(string name, bool required) where T : class
    {
        // An optional field that is present but malformed is ignored like an absent one.
        if (required)
        {
            _missing.Field ??= _path + name;
        }
        return null;
    }

    private sealed class FirstMissing
    {
        public string? Field { get; set; }
    }
}

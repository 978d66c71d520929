namespace Factumerit.Email.Providers.Gmail.Mime;

/// <summary>A structured MIME header value: <c>type/subtype; name=value; name="quoted value"</c>.</summary>
internal sealed record MimeHeaderValue(string Value, IReadOnlyDictionary<string, string> Parameters)
{
    public static MimeHeaderValue Parse(string? header)
    {
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(header))
        {
            return new MimeHeaderValue("", parameters);
        }
        var items = SplitOutsideQuotes(header);
        foreach (var item in items.Skip(1))
        {
            var equals = item.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }
            var name = item[..equals].Trim();
            var value = item[(equals + 1)..].Trim();
            if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
            {
                value = value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
            }
            parameters.TryAdd(name, value);
        }
        return new MimeHeaderValue(items[0].Trim().ToLowerInvariant(), parameters);
    }

    public string? this[string name] => Parameters.TryGetValue(name, out var value) ? value : null;

    private static List<string> SplitOutsideQuotes(string header)
    {
        var items = new List<string>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i < header.Length; i++)
        {
            if (header[i] == '"' && (i == 0 || header[i - 1] != '\\'))
            {
                quoted = !quoted;
            }
            else if (header[i] == ';' && !quoted)
            {
                items.Add(header[start..i]);
                start = i + 1;
            }
        }
        items.Add(header[start..]);
        return items;
    }
}

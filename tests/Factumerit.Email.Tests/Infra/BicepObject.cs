namespace Factumerit.Email.Tests.Infra;

/// <summary>An object literal: its entries in order, each value kept as raw Bicep text.</summary>
internal sealed class BicepObject
{
    private readonly List<KeyValuePair<string, string>> _entries = [];

    private BicepObject()
    {
    }

    public IReadOnlyList<KeyValuePair<string, string>> Entries => _entries;

    public IEnumerable<string> Keys => _entries.Select(e => e.Key);

    public bool Has(string key) => _entries.Any(e => e.Key == key);

    public string? Value(string key) => _entries.FirstOrDefault(e => e.Key == key).Value;

    /// <summary>The value of <paramref name="key"/> when it is a plain string literal, without quotes.</summary>
    public string? Text(string key) => Value(key) is { } raw ? BicepValue.Unquote(raw) : null;

    /// <summary>The nested object at a dotted path, such as <c>properties.functionAppConfig.runtime</c>.</summary>
    public BicepObject Object(string path)
    {
        var current = this;
        foreach (var key in path.Split('.'))
        {
            var raw = current.Value(key) ?? throw new KeyNotFoundException($"No '{key}' in the object (path {path}).");
            current = Parse(raw);
        }
        return current;
    }

    public static bool IsObject(string raw) => raw.TrimStart().StartsWith('{');

    public static BicepObject Parse(string text)
    {
        var s = text.Trim();
        if (!s.StartsWith('{'))
        {
            throw new FormatException($"Expected an object literal, found: {Shorten(s)}");
        }
        var end = BicepScanner.FindClose(s, 1, '}');
        var result = new BicepObject();
        var i = 1;
        while (true)
        {
            i = BicepScanner.SkipTrivia(s, i, commas: true);
            if (i >= end)
            {
                return result;
            }
            var keyEnd = s[i] == '\'' ? BicepScanner.SkipString(s, i) : BicepScanner.FindStop(s, i, ':');
            var key = BicepValue.Unquote(s[i..keyEnd].Trim());
            var colon = s.IndexOf(':', keyEnd);
            var valueEnd = Math.Min(BicepScanner.FindStop(s, colon + 1, '\n', ',', '}'), end);
            result._entries.Add(new(key, s[(colon + 1)..valueEnd].Trim()));
            i = valueEnd;
        }
    }

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..60] + "…";
}

internal static class BicepValue
{
    /// <summary>The content of a single-quoted literal, or the text unchanged when it is an expression.</summary>
    public static string Unquote(string raw)
    {
        var t = raw.Trim();
        return t.Length >= 2 && t[0] == '\'' && BicepScanner.SkipString(t, 0) == t.Length
            ? t[1..^1].Replace("\\'", "'", StringComparison.Ordinal)
            : t;
    }
}

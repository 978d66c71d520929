using Factumerit.Email.Routing.Yaml;

namespace Factumerit.Email.Routing.Loading;

/// <summary>A mapping entry whose key is a plain string.</summary>
internal sealed record MappingEntry(string Key, YamlScalar KeyNode, YamlNode Value);

internal static class MappingEntries
{
    /// <summary>
    /// The entries of <paramref name="mapping"/>, keyed by <paramref name="normalize"/>d key.
    /// Non-string keys and repeated keys are reported; a repeat is left out so it cannot override.
    /// </summary>
    public static IReadOnlyList<MappingEntry> Read(
        YamlMapping mapping, string context, ConfigErrors errors, Func<string, string>? normalize = null)
    {
        var seen = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
        var result = new List<MappingEntry>();
        foreach (var (keyNode, value) in mapping.Entries)
        {
            if (keyNode is not YamlScalar { IsNull: false } scalar)
            {
                errors.Add(keyNode, $"{context}keys must be plain names, not {keyNode.Kind}");
                continue;
            }

            var key = (normalize ?? (k => k))(scalar.Value.Trim());
            if (seen.TryGetValue(key, out var first))
            {
                errors.Add(scalar, $"{context}duplicate key '{scalar.Value}' (first defined at line {first.Line})");
                continue;
            }

            seen[key] = scalar;
            result.Add(new MappingEntry(key, scalar, value));
        }

        return result;
    }

    /// <summary>Reports keys outside <paramref name="allowed"/>, suggesting the closest allowed key.</summary>
    public static void ReportUnknown(
        IEnumerable<MappingEntry> entries, IReadOnlyCollection<string> allowed, string context, ConfigErrors errors)
    {
        foreach (var entry in entries.Where(e => !allowed.Contains(e.Key)))
        {
            errors.Add(entry.KeyNode, $"{context}unknown key '{entry.Key}'{KeySuggestions.Hint(entry.Key, allowed)}");
        }
    }
}

using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Factumerit.Email.Llm;

/// <summary>
/// Reads a JSON answer from a model. Tolerates what models commonly wrap around JSON (a ```json fence, a
/// sentence before it); the JSON itself is parsed strictly with the caller's source-generated metadata.
/// </summary>
public static class LlmJson
{
    private const string Fence = "```";

    /// <returns>True when a non-null value of <typeparamref name="T"/> was read.</returns>
    public static bool TryParse<T>(string? text, JsonTypeInfo<T> typeInfo, out T? value)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var candidate = Unfence(text.Trim()) ?? SkipLeadingProse(text.Trim(), typeInfo.Kind);
        if (candidate is null)
        {
            return false;
        }

        try
        {
            value = JsonSerializer.Deserialize(candidate, typeInfo);
            return value is not null;
        }
        catch (JsonException)
        {
            value = default;
            return false;
        }
    }

    /// <summary>The inside of the first fenced block, without its language tag; null when there is no fence.</summary>
    private static string? Unfence(string text)
    {
        var open = text.IndexOf(Fence, StringComparison.Ordinal);
        if (open < 0)
        {
            return null;
        }

        var bodyStart = text.IndexOf('\n', open + Fence.Length);
        if (bodyStart < 0)
        {
            // A one-line fence: ```{"a":1}```
            bodyStart = open + Fence.Length;
            while (bodyStart < text.Length && char.IsAsciiLetter(text[bodyStart]))
            {
                bodyStart++;
            }
        }

        var close = text.IndexOf(Fence, bodyStart, StringComparison.Ordinal);
        return close < 0 ? text[bodyStart..] : text[bodyStart..close];
    }

    /// <summary>Drops a sentence before the JSON by starting at the first bracket that can open a <paramref name="kind"/>.</summary>
    private static string? SkipLeadingProse(string text, JsonTypeInfoKind kind)
    {
        var opener = kind switch
        {
            JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary => '{',
            JsonTypeInfoKind.Enumerable => '[',
            _ => '\0',
        };
        if (opener == '\0')
        {
            return text;
        }

        var start = text.IndexOf(opener);
        return start < 0 ? null : text[start..];
    }
}

using System.Text.Json.Serialization;
using Factumerit.Email.Llm;

namespace Factumerit.Email.Drafting.Context;

/// <summary>Reads the context model's answer: a JSON array of Gmail search queries.</summary>
internal static class ContextQueries
{
    private const int MaxQueryChars = 200;

    /// <returns>At most <see cref="DraftLimits.ContextQueries"/> distinct, single-line queries; empty when unreadable.</returns>
    public static IReadOnlyList<string> Parse(string? answer)
    {
        if (!LlmJson.TryParse(answer, ContextQueriesJsonContext.Default.StringArray, out var queries))
        {
            return [];
        }
        return queries!
            .Select(q => string.Join(' ', (q ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(q => q.Length is > 0 and <= MaxQueryChars)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(DraftLimits.ContextQueries)
            .ToList();
    }
}

[JsonSerializable(typeof(string[]))]
internal sealed partial class ContextQueriesJsonContext : JsonSerializerContext;

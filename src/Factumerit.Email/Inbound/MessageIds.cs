using System.Text.RegularExpressions;

namespace Factumerit.Email.Inbound;

/// <summary>Reads Message-IDs out of In-Reply-To and References headers.</summary>
public static partial class MessageIds
{
    /// <summary>The ids a reply points at, most likely parent first: In-Reply-To, then References newest to oldest.</summary>
    public static IReadOnlyList<string> Ancestors(string? inReplyTo, string? references)
    {
        var result = new List<string>();
        foreach (var id in Parse(inReplyTo).Concat(Parse(references).Reverse()))
        {
            if (!result.Contains(id, StringComparer.Ordinal))
            {
                result.Add(id);
            }
        }
        return result;
    }

    /// <summary>The bracketed ids in a header, in order; a bare id without brackets is bracketed.</summary>
    public static IReadOnlyList<string> Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return [];
        }
        var ids = Bracketed().Matches(header).Select(m => m.Value).ToList();
        if (ids.Count == 0 && !header.Trim().Contains(' ', StringComparison.Ordinal))
        {
            ids.Add($"<{header.Trim().Trim('<', '>')}>");
        }
        return ids;
    }

    /// <summary>The id with angle brackets, or null when there is none.</summary>
    public static string? Normalize(string? messageId) => Parse(messageId) is [var first, ..] ? first : null;

    [GeneratedRegex(@"<[^<>\s]+>")]
    private static partial Regex Bracketed();
}

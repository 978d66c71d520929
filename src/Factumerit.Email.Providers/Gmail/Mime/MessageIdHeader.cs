using System.Text.RegularExpressions;

namespace Factumerit.Email.Providers.Gmail.Mime;

/// <summary>Message-ID lists (In-Reply-To, References): <c>&lt;id@host&gt;</c> tokens, folded between ids.</summary>
internal static partial class MessageIdHeader
{
    public static string Normalize(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var trimmed = id.Trim().TrimStart('<').TrimEnd('>');
        if (trimmed.Length == 0 || trimmed.AsSpan().IndexOfAny("<>\r\n \t") >= 0)
        {
            throw new ArgumentException("Not a Message-ID.", nameof(id));
        }
        return $"<{trimmed}>";
    }

    /// <summary>The original's References ids, then the id replied to (once), as RFC 5322 section 3.6.4 says.</summary>
    public static IReadOnlyList<string> References(string? originalReferences, string inReplyTo)
    {
        var ids = Parse(originalReferences).ToList();
        ids.Remove(inReplyTo);
        ids.Add(inReplyTo);
        return ids;
    }

    public static IEnumerable<string> Parse(string? header) =>
        header is null ? [] : IdPattern().Matches(header).Select(m => m.Value).Distinct(StringComparer.Ordinal);

    public static string Fold(string name, IReadOnlyList<string> ids)
    {
        var lines = new List<string>();
        var line = "";
        var used = name.Length + 2;
        foreach (var id in ids)
        {
            if (line.Length > 0 && used + line.Length + 1 + id.Length > 76)
            {
                lines.Add(line);
                line = "";
                used = 1;
            }
            line = line.Length == 0 ? id : line + " " + id;
        }
        lines.Add(line);
        return string.Join("\r\n ", lines);
    }

    [GeneratedRegex(@"<[^<>\s]+>")]
    private static partial Regex IdPattern();
}

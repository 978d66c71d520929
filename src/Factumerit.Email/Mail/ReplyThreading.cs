using System.Text.RegularExpressions;

namespace Factumerit.Email.Mail;

/// <summary>
/// The subject and RFC 5322 threading headers of a reply, so mail clients file it in the original's thread.
/// Every reply we send is also marked <c>Auto-Submitted: auto-replied</c> (RFC 3834), so other robots don't answer it.
/// </summary>
public sealed partial record ReplyThreading(string Subject, string? InReplyTo, string? References)
{
    public const string AutoSubmittedHeader = "Auto-Submitted";
    public const string AutoReplied = "auto-replied";

    // Long threads would grow References without bound; RFC 5322 §3.6.4 allows trimming, keeping the first id.
    private const int MaxReferences = 20;

    /// <param name="subject">The original's subject.</param>
    /// <param name="messageId">The original's Message-ID, with or without angle brackets.</param>
    /// <param name="references">The original's References header, if any.</param>
    /// <param name="inReplyTo">The original's In-Reply-To, used as the ancestry when References is absent.</param>
    public static ReplyThreading For(string? subject, string? messageId, string? references = null, string? inReplyTo = null)
    {
        var id = Bracketed(messageId);
        var ancestry = Ids(references);
        if (ancestry.Count == 0)
        {
            ancestry = Ids(inReplyTo);
        }
        if (id is not null && (ancestry.Count == 0 || ancestry[^1] != id))
        {
            ancestry.Add(id);
        }
        if (ancestry.Count > MaxReferences)
        {
            ancestry = [ancestry[0], .. ancestry[^(MaxReferences - 1)..]];
        }
        return new ReplyThreading(ReplySubject(subject), id, ancestry.Count == 0 ? null : string.Join(' ', ancestry));
    }

    /// <summary><c>Re: </c> plus the subject without its existing reply prefixes (<c>Re:</c>, <c>RE[2]:</c>, <c>AW:</c>, <c>SV:</c>).</summary>
    public static string ReplySubject(string? subject)
    {
        var bare = ReplyPrefixes().Replace(subject ?? "", "").Trim();
        return bare.Length == 0 ? "Re:" : "Re: " + bare;
    }

    /// <summary>The headers to send: In-Reply-To and References when known, and always Auto-Submitted.</summary>
    public IReadOnlyDictionary<string, string> Headers()
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [AutoSubmittedHeader] = AutoReplied };
        if (InReplyTo is not null)
        {
            headers["In-Reply-To"] = InReplyTo;
        }
        if (References is not null)
        {
            headers["References"] = References;
        }
        return headers;
    }

    private static List<string> Ids(string? header) =>
        [.. MessageIds().Matches(header ?? "").Select(match => match.Value)];

    private static string? Bracketed(string? messageId)
    {
        var trimmed = messageId?.Trim().Trim('<', '>').Trim();
        return string.IsNullOrEmpty(trimmed) ? null : $"<{trimmed}>";
    }

    [GeneratedRegex(@"^(\s*(re|aw|sv)\s*(\[\d+\])?\s*:\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex ReplyPrefixes();

    [GeneratedRegex(@"<[^<>\s]+>")]
    private static partial Regex MessageIds();
}

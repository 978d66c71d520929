using System.Net;
using System.Text.RegularExpressions;

namespace Factumerit.Email.Inbound;

/// <summary>A rough plain-text view of an HTML-only email, enough to find what the sender wrote.</summary>
public static partial class HtmlText
{
    public static string ToPlain(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }
        var text = Hidden().Replace(html, "");
        text = Breaks().Replace(text, "\n");
        text = Tags().Replace(text, "");
        return WebUtility.HtmlDecode(text).Trim();
    }

    [GeneratedRegex(@"<(script|style|head)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"<br\s*/?>|</(p|div|li|tr|h[1-6])\s*>|<blockquote[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Breaks();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}

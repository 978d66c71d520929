using System.Globalization;
using System.Text;

namespace Factumerit.Email.Mail;

/// <summary>
/// The subset of RFC 5322 / 5321 address syntax that real mail uses: dot-atom local parts
/// (UTF-8 allowed, RFC 6531), host names with at least two labels. Quoted local parts and
/// address literals are rejected on purpose; no persona needs them.
/// </summary>
internal static class EmailAddressSyntax
{
    private const int MaxAddressLength = 254;
    private const int MaxLocalPartLength = 64;
    private const int MaxDomainLength = 253;
    private const int MaxLabelLength = 63;
    private const string AtextSymbols = "!#$%&'*+-/=?^_`{|}~";

    private static readonly IdnMapping Idn = new();

    public static bool TrySplit(string? value, out string addrSpec, out string? displayName)
    {
        addrSpec = string.Empty;
        displayName = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var text = value.Trim();
        var open = text.LastIndexOf('<');
        if (open < 0)
        {
            addrSpec = text;
            return true;
        }

        var close = text.IndexOf('>', open);
        if (close < 0 || text[(close + 1)..].Trim().Length > 0)
        {
            return false;
        }

        addrSpec = text[(open + 1)..close].Trim();
        displayName = Unquote(text[..open].Trim());
        return true;
    }

    public static bool TryNormalize(string addrSpec, out string localPart, out string domain)
    {
        localPart = string.Empty;
        domain = string.Empty;
        var at = addrSpec.LastIndexOf('@');
        if (at <= 0 || at == addrSpec.Length - 1 || addrSpec.Length > MaxAddressLength)
        {
            return false;
        }

        localPart = addrSpec[..at].ToLowerInvariant();
        return IsValidLocalPart(localPart) && TryNormalizeDomain(addrSpec[(at + 1)..], out domain);
    }

    public static bool IsValidLocalPart(string localPart)
    {
        if (localPart.Length is 0 or > MaxLocalPartLength
            || localPart[0] == '.' || localPart[^1] == '.' || localPart.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in localPart)
        {
            var ok = char.IsAsciiLetterOrDigit(c) || c == '.' || AtextSymbols.Contains(c, StringComparison.Ordinal)
                || (c > 127 && char.IsLetterOrDigit(c));
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    public static bool TryNormalizeDomain(string value, out string domain)
    {
        domain = string.Empty;
        var candidate = value.Trim().TrimEnd('.').ToLowerInvariant();
        if (candidate.Length == 0)
        {
            return false;
        }

        if (!Ascii.IsValid(candidate))
        {
            try
            {
                candidate = Idn.GetAscii(candidate);
            }
            catch (ArgumentException)
            {
                return false;
            }
        }

        var labels = candidate.Split('.');
        if (candidate.Length > MaxDomainLength || labels.Length < 2 || labels[^1].All(char.IsAsciiDigit))
        {
            return false;
        }

        foreach (var label in labels)
        {
            if (label.Length is 0 or > MaxLabelLength || label[0] == '-' || label[^1] == '-'
                || !label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                return false;
            }
        }

        domain = candidate;
        return true;
    }

    /// <summary>Splits an address list on commas that are outside quotes and angle brackets.</summary>
    public static IEnumerable<string> SplitList(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            yield break;
        }

        var current = new StringBuilder();
        bool inQuotes = false, inAngle = false, escaped = false;
        foreach (var c in header)
        {
            if (escaped)
            {
                escaped = false;
            }
            else if (c == '\\' && inQuotes)
            {
                escaped = true;
            }
            else if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && (c == '<' || c == '>'))
            {
                inAngle = c == '<';
            }
            else if (c is ',' or ';' && !inQuotes && !inAngle)
            {
                yield return current.ToString();
                current.Clear();
                continue;
            }

            current.Append(c);
        }

        yield return current.ToString();
    }

    private static string? Unquote(string name)
    {
        if (name.Length >= 2 && name[0] == '"' && name[^1] == '"')
        {
            name = name[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
        }

        name = name.Trim();
        return name.Length == 0 ? null : name;
    }
}

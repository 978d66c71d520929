using System.Text;
using System.Text.RegularExpressions;

namespace Factumerit.Email.Providers.Gmail.Mime;

/// <summary>
/// RFC 2047 encoded-words: <c>=?UTF-8?B?…?=</c>, at most 75 characters each and never splitting a character,
/// placed on folded lines of at most 76 characters.
/// </summary>
public static partial class EncodedWords
{
    public const int MaxWordLength = 75;
    private const int MaxLineLength = 76;
    private const string Prefix = "=?UTF-8?B?";
    private const string Suffix = "?=";

    /// <summary>True when the text can go into a header as it is (printable ASCII, nothing that looks encoded).</summary>
    public static bool IsPlainAscii(string value) =>
        value.All(c => c is >= ' ' and <= '~') && !value.Contains("=?", StringComparison.Ordinal);

    /// <summary>
    /// The text as one or more B encoded-words separated by folding (CRLF + space). <paramref name="firstLineUsed"/>
    /// is how much of the first line the header name already takes.
    /// </summary>
    public static string Encode(string value, int firstLineUsed = 0)
    {
        ArgumentNullException.ThrowIfNull(value);
        var words = new List<string>();
        var chunk = new List<byte>();
        var budget = BytesFor(MaxLineLength - firstLineUsed);
        Span<byte> runeBytes = stackalloc byte[4];
        foreach (var rune in value.EnumerateRunes())
        {
            var length = rune.EncodeToUtf8(runeBytes);
            if (chunk.Count + length > budget && chunk.Count > 0)
            {
                words.Add(Word(chunk));
                chunk.Clear();
                budget = BytesFor(MaxLineLength - 1);
            }
            chunk.AddRange(runeBytes[..length]);
        }
        if (chunk.Count > 0 || words.Count == 0)
        {
            words.Add(Word(chunk));
        }
        return string.Join("\r\n ", words);
    }

    /// <summary>Decodes every encoded-word (B or Q, any known charset); whitespace between adjacent words is dropped.</summary>
    public static string Decode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var matches = WordPattern().Matches(value);
        if (matches.Count == 0)
        {
            return value;
        }
        var result = new StringBuilder();
        var pending = new List<byte>();
        string? pendingCharset = null;
        var position = 0;
        foreach (Match match in matches)
        {
            var between = value[position..match.Index];
            var adjacent = pendingCharset is not null && string.IsNullOrWhiteSpace(between);
            var charset = match.Groups["charset"].Value.Split('*')[0];
            if (!adjacent || !string.Equals(charset, pendingCharset, StringComparison.OrdinalIgnoreCase))
            {
                Flush(result, pending, pendingCharset);
                if (!adjacent)
                {
                    result.Append(between);
                }
            }
            pending.AddRange(DecodeText(match.Groups["encoding"].Value, match.Groups["text"].Value));
            pendingCharset = charset;
            position = match.Index + match.Length;
        }
        Flush(result, pending, pendingCharset);
        return result.Append(value[position..]).ToString();
    }

    // Base64 turns 3 bytes into 4 characters; the word's framing takes 12.
    private static int BytesFor(int lineRoom) => Math.Max((lineRoom - Prefix.Length - Suffix.Length) / 4 * 3, 3);

    private static string Word(List<byte> bytes) => Prefix + Convert.ToBase64String([.. bytes]) + Suffix;

    private static void Flush(StringBuilder result, List<byte> pending, string? charset)
    {
        if (pending.Count > 0)
        {
            result.Append(MimeCharset.Get(charset).GetString([.. pending]));
            pending.Clear();
        }
    }

    private static byte[] DecodeText(string encoding, string text)
    {
        if (encoding is "B" or "b")
        {
            return Base64Url.TryDecode(text, out var bytes) ? bytes : Encoding.ASCII.GetBytes(text);
        }
        return QuotedPrintable.Decode(Encoding.ASCII.GetBytes(text.Replace('_', ' ')));
    }

    [GeneratedRegex(@"=\?(?<charset>[^?\s]+)\?(?<encoding>[BbQq])\?(?<text>[^?\s]*)\?=")]
    private static partial Regex WordPattern();
}

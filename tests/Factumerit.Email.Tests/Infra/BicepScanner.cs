namespace Factumerit.Email.Tests.Infra;

/// <summary>
/// Lexical walking over Bicep text: strings (with <c>${…}</c> interpolation), comments and bracket groups.
/// It knows just enough of the grammar to cut a file into statements and object entries.
/// </summary>
internal static class BicepScanner
{
    /// <summary>Index just past the string that opens at <paramref name="i"/>.</summary>
    public static int SkipString(string s, int i)
    {
        if (string.CompareOrdinal(s, i, "'''", 0, 3) == 0)
        {
            var end = s.IndexOf("'''", i + 3, StringComparison.Ordinal);
            return end < 0 ? throw Error(s, i, "unterminated multi-line string") : end + 3;
        }
        for (i++; i < s.Length; i++)
        {
            switch (s[i])
            {
                case '\\':
                    i++;
                    break;
                case '\'':
                    return i + 1;
                case '$' when At(s, i + 1) == '{':
                    i = FindClose(s, i + 2, '}');
                    break;
            }
        }
        throw Error(s, i, "unterminated string");
    }

    /// <summary>Index of <paramref name="closer"/> at nesting depth zero, scanning from <paramref name="i"/>.</summary>
    public static int FindClose(string s, int i, char closer)
    {
        while (i < s.Length)
        {
            var next = SkipConstruct(s, i);
            if (next != i)
            {
                i = next;
                continue;
            }
            if (s[i] == closer)
            {
                return i;
            }
            if (s[i] is ')' or ']' or '}')
            {
                throw Error(s, i, $"unbalanced '{s[i]}'");
            }
            i++;
        }
        throw Error(s, i, $"missing '{closer}'");
    }

    /// <summary>Index of the first of <paramref name="stops"/> at depth zero, or the end of the text.</summary>
    public static int FindStop(string s, int i, params char[] stops)
    {
        while (i < s.Length && Array.IndexOf(stops, s[i]) < 0)
        {
            var next = SkipConstruct(s, i);
            i = next != i ? next : i + 1;
        }
        return i;
    }

    /// <summary>Skips whitespace, commas and comments.</summary>
    public static int SkipTrivia(string s, int i, bool commas = false)
    {
        while (i < s.Length)
        {
            if (char.IsWhiteSpace(s[i]) || (commas && s[i] == ','))
            {
                i++;
            }
            else if (At(s, i) == '/' && At(s, i + 1) is '/' or '*')
            {
                i = SkipComment(s, i);
            }
            else
            {
                break;
            }
        }
        return i;
    }

    private static int SkipConstruct(string s, int i) => s[i] switch
    {
        '\'' => SkipString(s, i),
        '/' when At(s, i + 1) is '/' or '*' => SkipComment(s, i),
        '(' => FindClose(s, i + 1, ')') + 1,
        '[' => FindClose(s, i + 1, ']') + 1,
        '{' => FindClose(s, i + 1, '}') + 1,
        _ => i,
    };

    private static int SkipComment(string s, int i)
    {
        if (s[i + 1] == '/')
        {
            var eol = s.IndexOf('\n', i);
            return eol < 0 ? s.Length : eol;
        }
        var end = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
        return end < 0 ? throw Error(s, i, "unterminated comment") : end + 2;
    }

    private static char At(string s, int i) => i < s.Length ? s[i] : '\0';

    private static FormatException Error(string s, int i, string what)
    {
        var line = s.AsSpan(0, Math.Min(i, s.Length)).Count('\n') + 1;
        return new FormatException($"Bicep text: {what} near line {line}.");
    }
}

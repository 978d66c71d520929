namespace Factumerit.Email.Assistant.Classification;

/// <summary>
/// Shell-style globs over addresses and domains: <c>*</c> is any run of characters, <c>?</c> one character,
/// matched case-insensitively against the whole value (<c>*@marketing.example.com</c>, <c>noreply@*.com</c>).
/// </summary>
public static class Glob
{
    public static bool IsMatch(string pattern, string value)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(value);
        int p = 0, v = 0, star = -1, resume = 0;
        while (v < value.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || Same(pattern[p], value[v])))
            {
                p++;
                v++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                // Remember the star; first try letting it match nothing, and widen it on a later mismatch.
                star = p++;
                resume = v;
            }
            else if (star >= 0)
            {
                p = star + 1;
                v = ++resume;
            }
            else
            {
                return false;
            }
        }
        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }
        return p == pattern.Length;
    }

    private static bool Same(char a, char b) => char.ToLowerInvariant(a) == char.ToLowerInvariant(b);
}

namespace Factumerit.Email.Routing.Loading;

/// <summary>"did you mean …?" hints for misspelt or old-style keys.</summary>
internal static class KeySuggestions
{
    // Names from the original routing sketch and other likely guesses.
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["destination"] = "forward_to",
        ["forward"] = "forward_to",
        ["to"] = "forward_to",
        ["persona"] = "handler",
        ["limit"] = "limits",
        ["desc"] = "description",
        ["route"] = "routes",
        ["domain"] = "domains",
    };

    public static string Hint(string unknown, IReadOnlyCollection<string> allowed)
    {
        if (Aliases.TryGetValue(unknown, out var alias) && allowed.Contains(alias))
        {
            return $" (did you mean '{alias}'?)";
        }

        var best = allowed
            .Select(candidate => (candidate, distance: Distance(unknown.ToLowerInvariant(), candidate)))
            .Where(x => x.distance <= Math.Max(1, x.candidate.Length / 4))
            .OrderBy(x => x.distance)
            .Select(x => x.candidate)
            .FirstOrDefault();

        return best is null ? $" (expected one of {string.Join(", ", allowed)})" : $" (did you mean '{best}'?)";
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}

using System.Security.Cryptography;
using System.Text;

namespace Factumerit.Email.Triage.Onboarding;

/// <summary>
/// A Fisher-Yates shuffle driven by SplitMix64 seeded from a SHA-256 of the seed text: the same seed gives the same
/// order on every machine and runtime (string.GetHashCode and System.Random promise neither).
/// </summary>
public static class SeededShuffle
{
    public static IReadOnlyList<T> Shuffle<T>(IEnumerable<T> items, string seed)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(seed);
        var list = items.ToList();
        var state = BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(seed)), 0);
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = (int)(Next(ref state) % (ulong)(i + 1));
            (list[i], list[j]) = (list[j], list[i]);
        }
        return list;
    }

    private static ulong Next(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

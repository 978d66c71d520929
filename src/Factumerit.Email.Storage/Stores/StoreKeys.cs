using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Factumerit.Email.Storage.Stores;

/// <summary>Turns caller-chosen strings into valid table keys.</summary>
public static class StoreKeys
{
    /// <summary>
    /// Percent-encodes the characters keys may not hold ('/', '\', '#', '?', control characters) and '%' itself,
    /// so the key stays readable and distinct values stay distinct.
    /// </summary>
    public static string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.Any(NeedsEscape))
        {
            return value;
        }
        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (NeedsEscape(c))
            {
                builder.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    /// <summary>A fixed-length key for values that may be long or odd (Message-IDs): 32 hex characters of SHA-256.</summary>
    public static string Hash(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..32];
    }

    /// <summary>A row key that sorts newest first: the ticks left until <see cref="DateTimeOffset.MaxValue"/>, 19 digits.</summary>
    public static string NewestFirst(DateTimeOffset at) =>
        (DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>The UTC day as <c>yyyyMMdd</c>, for day-partitioned tables.</summary>
    public static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static bool NeedsEscape(char c) => c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c);
}

using System.Security.Cryptography;
using System.Text;

namespace Factumerit.Email.Storage.Stores.Personas;

/// <summary>
/// Keys for values that may hold characters keys cannot (thread ids with '/', odd local parts) or that must not
/// appear in keys (raw addresses): a SHA-256 of the trimmed, lower-cased value. The value itself is kept as a property.
/// </summary>
internal static class StoreKeys
{
    public static string Of(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(value.Trim().ToLowerInvariant()));
        return Convert.ToHexStringLower(digest.AsSpan(0, 16));
    }

    /// <summary>Same as <see cref="Of"/> but case-sensitive, for ids whose case matters (Message-IDs).</summary>
    public static string OfExact(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)).AsSpan(0, 16));
    }
}

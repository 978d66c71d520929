using System.Security.Cryptography;
using System.Text;

namespace Factumerit.Email.Mail;

/// <summary>
/// A short, stable pseudonym for a sender, for logs, metrics and per-sender keys, so raw
/// addresses never leave the message itself.
/// </summary>
public static class SenderHash
{
    /// <summary>Hex characters kept: 48 bits, plenty to tell senders apart in logs.</summary>
    public const int Length = 12;

    // The purpose prefix keeps these hashes from matching a plain SHA-256 of the address
    // published anywhere else; bump the version if the normalisation ever changes.
    private const string Purpose = "factumerit.email/sender-hash/v1:";

    /// <summary>
    /// Hashes the address without its plus tag, so <c>alice+x@…</c> and <c>alice@…</c> count as
    /// one sender and per-sender limits cannot be dodged with tags.
    /// </summary>
    public static string Compute(EmailAddress sender)
    {
        ArgumentNullException.ThrowIfNull(sender);
        return HashNormalized(sender.WithoutTag().Address);
    }

    /// <summary>Hashes a raw header value; a value that is not an address is hashed as typed, trimmed and lower-cased.</summary>
    public static string Compute(string sender)
    {
        ArgumentNullException.ThrowIfNull(sender);
        return EmailAddress.TryParse(sender, out var address)
            ? Compute(address)
            : HashNormalized(sender.Trim().ToLowerInvariant());
    }

    private static string HashNormalized(string normalized)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(Purpose + normalized), digest);
        return Convert.ToHexStringLower(digest)[..Length];
    }
}

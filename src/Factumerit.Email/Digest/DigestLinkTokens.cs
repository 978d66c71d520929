using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Digest;

/// <summary>A verified token: the one action it allows, on one target.</summary>
public sealed record DigestLinkClaim(string Kind, string Target, DateTimeOffset ExpiresAt);

/// <summary>
/// Signed, expiring, single-purpose tokens for the digest's one-click links, so a link never carries the admin key.
/// A token is <c>base64url(kind|target|expiry)</c>, a dot, and <c>base64url(HMAC-SHA256(secret, purpose + payload))</c>;
/// changing any part of it, or using it after its expiry, makes it worthless.
/// </summary>
public sealed class DigestLinkTokens(IOptions<DigestOptions> options, TimeProvider clock)
{
    // Binds the MAC to this use, so the secret could not be replayed against another HMAC scheme.
    private const string Purpose = "factumerit.email/digest-link/v1\n";

    public string Create(string kind, string target)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        if (!DigestActionKinds.All.Contains(kind, StringComparer.Ordinal))
        {
            throw new ArgumentException($"'{kind}' is not a digest action.", nameof(kind));
        }
        if (target.Contains('|', StringComparison.Ordinal))
        {
            throw new ArgumentException("The target must not contain '|'.", nameof(target));
        }
        var expires = clock.GetUtcNow().Add(options.Value.LinkLifetime).ToUnixTimeSeconds();
        var payload = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{kind}|{target}|{expires}"));
        return Base64Url(payload) + "." + Base64Url(Mac(payload));
    }

    /// <returns>The claim, or null when the token is malformed, tampered with, signed with another secret, or expired.</returns>
    public DigestLinkClaim? Validate(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2048 || token.Split('.') is not [var body, var signature])
        {
            return null;
        }
        if (!TryDecode(body, out var payload) || !TryDecode(signature, out var presented)
            || !CryptographicOperations.FixedTimeEquals(Mac(payload), presented))
        {
            return null;
        }
        if (Encoding.UTF8.GetString(payload).Split('|') is not [var kind, var target, var expiry]
            || !long.TryParse(expiry, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || !DigestActionKinds.All.Contains(kind, StringComparer.Ordinal))
        {
            return null;
        }
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return clock.GetUtcNow() < expiresAt ? new DigestLinkClaim(kind, target, expiresAt) : null;
    }

    private byte[] Mac(byte[] payload)
    {
        var secret = options.Value.LinkSecret;
        if (string.IsNullOrWhiteSpace(secret))
        {
            throw new InvalidOperationException("Digest:LinkSecret is not configured.");
        }
        byte[] message = [.. Encoding.UTF8.GetBytes(Purpose), .. payload];
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message);
    }

    private static string Base64Url(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);

    private static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length == 0 || !System.Buffers.Text.Base64Url.IsValid(text))
        {
            return false;
        }
        bytes = System.Buffers.Text.Base64Url.DecodeFromChars(text);
        return true;
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Providers.Resend;

/// <summary>
/// Verifies Resend webhook deliveries signed the Svix way: <c>v1,</c> + base64(HMAC-SHA256(key, "{id}.{timestamp}.{body}"))
/// over the raw body bytes, within ±5 minutes of now. Bad input yields a result, never an exception.
/// </summary>
public sealed class SvixWebhookVerifier
{
    public static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(300);

    private const int SignatureLength = 32;
    private readonly IReadOnlyList<byte[]> _keys;
    private readonly TimeProvider _timeProvider;

    public SvixWebhookVerifier(IOptions<ResendOptions> options, TimeProvider timeProvider)
        : this(WebhookSecrets.Parse(options.Value.WebhookSecret), timeProvider)
    {
    }

    /// <param name="secrets">One or more <c>whsec_…</c> secrets; any of them may have signed a delivery.</param>
    public SvixWebhookVerifier(IEnumerable<string> secrets, TimeProvider timeProvider)
        : this(WebhookSecrets.Parse(string.Join(' ', secrets)), timeProvider)
    {
    }

    private SvixWebhookVerifier(IReadOnlyList<byte[]> keys, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _keys = keys;
        _timeProvider = timeProvider;
    }

    public SvixVerificationResult Verify(SvixHeaders headers, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (string.IsNullOrEmpty(headers.Id) || string.IsNullOrEmpty(headers.Timestamp) || string.IsNullOrEmpty(headers.Signature))
        {
            return new(SvixVerificationStatus.MissingHeaders, headers.Id);
        }
        if (!long.TryParse(headers.Timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return new(SvixVerificationStatus.InvalidTimestamp, headers.Id);
        }
        var now = _timeProvider.GetUtcNow().ToUnixTimeSeconds();
        if (seconds < now - (long)Tolerance.TotalSeconds || seconds > now + (long)Tolerance.TotalSeconds)
        {
            return new(SvixVerificationStatus.TimestampOutOfTolerance, headers.Id);
        }
        var matched = SignatureMatches(headers, body);
        return new(matched ? SvixVerificationStatus.Valid : SvixVerificationStatus.NoMatchingSignature, headers.Id);
    }

    private bool SignatureMatches(SvixHeaders headers, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{headers.Id}.{headers.Timestamp}.");
        Span<byte> expected = stackalloc byte[SignatureLength];
        Span<byte> candidate = stackalloc byte[SignatureLength + 3];
        foreach (var key in _keys)
        {
            using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
            hmac.AppendData(prefix);
            hmac.AppendData(body);
            hmac.GetHashAndReset(expected);
            foreach (var entry in headers.Signature!.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!entry.StartsWith("v1,", StringComparison.Ordinal)
                    || !Convert.TryFromBase64String(entry[3..], candidate, out var written))
                {
                    continue;
                }
                if (CryptographicOperations.FixedTimeEquals(candidate[..written], expected))
                {
                    return true;
                }
            }
        }
        return false;
    }
}

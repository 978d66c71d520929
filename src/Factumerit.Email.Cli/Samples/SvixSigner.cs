using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Factumerit.Email.Cli.Samples;

/// <summary>Signs a body the way Svix signs Resend's deliveries: <c>v1,</c> + base64(HMAC-SHA256(key, "{id}.{timestamp}.{body}")).</summary>
internal static class SvixSigner
{
    public static IReadOnlyDictionary<string, string> Headers(string secret, string messageId, DateTimeOffset at, byte[] body)
    {
        var encoded = secret.StartsWith("whsec_", StringComparison.Ordinal) ? secret["whsec_".Length..] : secret;
        var key = Convert.FromBase64String(encoded);
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        byte[] signed = [.. Encoding.UTF8.GetBytes($"{messageId}.{timestamp}."), .. body];
        return new Dictionary<string, string>
        {
            ["svix-id"] = messageId,
            ["svix-timestamp"] = timestamp,
            ["svix-signature"] = "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, signed)),
        };
    }
}

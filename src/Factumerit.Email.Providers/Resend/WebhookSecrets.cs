namespace Factumerit.Email.Providers.Resend;

/// <summary>Parses the <c>whsec_…</c> secret list of <see cref="ResendOptions.WebhookSecret"/>.</summary>
internal static class WebhookSecrets
{
    private const string Prefix = "whsec_";
    private static readonly char[] Separators = [' ', ',', '\t', '\r', '\n'];

    public static bool TryParse(string? value, out IReadOnlyList<byte[]> keys, out string? error)
    {
        var parsed = new List<byte[]>();
        keys = parsed;
        var entries = (value ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        if (entries.Length == 0)
        {
            error = "no secret is set.";
            return false;
        }
        for (var i = 0; i < entries.Length; i++)
        {
            var encoded = entries[i].StartsWith(Prefix, StringComparison.Ordinal) ? entries[i][Prefix.Length..] : entries[i];
            var buffer = new byte[encoded.Length];
            if (encoded.Length == 0 || !Convert.TryFromBase64String(encoded, buffer, out var written))
            {
                // The position, never the secret itself, goes into the message.
                error = $"secret #{i + 1} is not whsec_ followed by base64.";
                return false;
            }
            parsed.Add(buffer[..written]);
        }
        error = null;
        return true;
    }

    public static IReadOnlyList<byte[]> Parse(string? value) =>
        TryParse(value, out var keys, out var error)
            ? keys
            : throw new InvalidOperationException($"Resend:WebhookSecret is invalid: {error}");
}

namespace Factumerit.Email.Providers.Resend;

/// <summary>The three signature headers of a Svix (Standard Webhooks) delivery.</summary>
public sealed record SvixHeaders(string? Id, string? Timestamp, string? Signature)
{
    /// <summary>
    /// Reads the headers through <paramref name="header"/> (a case-insensitive lookup that returns null or "" when
    /// absent), preferring the <c>svix-*</c> names and falling back to the <c>webhook-*</c> ones.
    /// </summary>
    public static SvixHeaders From(Func<string, string?> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return new SvixHeaders(
            Read(header, "svix-id", "webhook-id"),
            Read(header, "svix-timestamp", "webhook-timestamp"),
            Read(header, "svix-signature", "webhook-signature"));
    }

    private static string? Read(Func<string, string?> header, string name, string fallback)
    {
        var value = header(name);
        return string.IsNullOrEmpty(value) ? NullIfEmpty(header(fallback)) : value;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}

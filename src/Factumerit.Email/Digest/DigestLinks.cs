using Microsoft.Extensions.Options;

namespace Factumerit.Email.Digest;

/// <summary>Turns a <see cref="DigestAction"/> into the URL of its confirmation page, or null when links are off.</summary>
public sealed class DigestLinks(IOptions<DigestOptions> options, DigestLinkTokens tokens)
{
    /// <summary>The API route of the confirmation page (GET) and of the action (POST).</summary>
    public const string Route = "digest/act";

    public Uri? For(DigestAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var settings = options.Value;
        if (!settings.LinksEnabled)
        {
            return null;
        }
        var token = tokens.Create(action.Kind, action.Target);
        return new Uri($"{settings.PublicBaseUrl!.TrimEnd('/')}/api/{Route}?token={Uri.EscapeDataString(token)}");
    }
}

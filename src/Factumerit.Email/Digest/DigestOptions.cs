using System.ComponentModel.DataAnnotations;

namespace Factumerit.Email.Digest;

/// <summary>
/// Section "Digest". Links are written only when both <see cref="LinkSecret"/> and <see cref="PublicBaseUrl"/> are set,
/// so a deployment without them still sends digests, just without one-click actions.
/// </summary>
public sealed class DigestOptions
{
    public const string SectionName = "Digest";

    /// <summary>HMAC key of the one-click link tokens (<c>Digest__LinkSecret</c>); at least 32 characters.</summary>
    [MinLength(32)]
    public string? LinkSecret { get; set; }

    /// <summary>Where the API is reached from a mail client, e.g. <c>https://mail.example.com</c> (<c>Digest__PublicBaseUrl</c>).</summary>
    [Url]
    public string? PublicBaseUrl { get; set; }

    /// <summary>How long a link works; a day's digest is stale after a few days anyway.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(3);

    /// <summary>
    /// Who gets the platform-wide persona activity section. Persona activity is not per user: empty means every
    /// subscriber gets it; otherwise only these addresses do.
    /// </summary>
    public IList<string> PersonaActivityRecipients { get; } = [];

    public bool LinksEnabled => !string.IsNullOrWhiteSpace(LinkSecret) && !string.IsNullOrWhiteSpace(PublicBaseUrl);
}

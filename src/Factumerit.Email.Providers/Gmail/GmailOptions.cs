using System.ComponentModel.DataAnnotations;

namespace Factumerit.Email.Providers.Gmail;

/// <summary>
/// Section "Gmail". The URLs default to Google's; tests and staging point them at fakes. Push settings are
/// optional as a pair: without them every push is refused.
/// </summary>
public sealed class GmailOptions : IValidatableObject
{
    public const string SectionName = "Gmail";
    public const string GmailModifyScope = "https://www.googleapis.com/auth/gmail.modify";

    public string BaseUrl { get; set; } = "https://gmail.googleapis.com/";

    public string TokenUrl { get; set; } = "https://oauth2.googleapis.com/token";

    /// <summary>The key set push JWTs are signed with (a JWKS document).</summary>
    public string JwksUrl { get; set; } = "https://www.googleapis.com/oauth2/v3/certs";

    /// <summary>The audience configured on the Pub/Sub push subscription.</summary>
    public string? PushAudience { get; set; }

    /// <summary>The service account the push subscription authenticates as.</summary>
    public string? PushServiceAccount { get; set; }

    /// <summary>Space- or comma-separated OAuth scopes.</summary>
    public string Scopes { get; set; } = GmailModifyScope;

    /// <summary>Retries after the first attempt on 429, 5xx and rate-limit 403s.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 5;

    /// <summary>The first back-off; later ones double, with jitter, up to <see cref="RetryMaxDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(32);

    /// <summary>The whole budget of one call, retries and back-off included.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>Tolerated clock difference when checking a push token's expiry and issue time.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan PushClockSkew { get; set; } = TimeSpan.FromMinutes(1);

    public bool IsPushConfigured =>
        !string.IsNullOrWhiteSpace(PushAudience) && !string.IsNullOrWhiteSpace(PushServiceAccount);

    public IReadOnlyList<string> GetScopes() =>
        Scopes.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public Uri GetBaseUri() => new(BaseUrl.Trim().TrimEnd('/') + "/", UriKind.Absolute);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, value) in new[] { (nameof(BaseUrl), BaseUrl), (nameof(TokenUrl), TokenUrl), (nameof(JwksUrl), JwksUrl) })
        {
            if (!IsHttpUrl(value))
            {
                yield return new ValidationResult($"Gmail:{name} must be an absolute http(s) URL.", [name]);
            }
        }
        if (GetScopes().Count == 0)
        {
            yield return new ValidationResult("Gmail:Scopes must name at least one OAuth scope.", [nameof(Scopes)]);
        }
        var hasAudience = !string.IsNullOrWhiteSpace(PushAudience);
        var hasAccount = !string.IsNullOrWhiteSpace(PushServiceAccount);
        if (hasAudience != hasAccount)
        {
            yield return new ValidationResult(
                "Gmail:PushAudience and Gmail:PushServiceAccount must be set together.",
                [hasAudience ? nameof(PushServiceAccount) : nameof(PushAudience)]);
        }
        if (hasAccount && !PushServiceAccount!.Contains('@', StringComparison.Ordinal))
        {
            yield return new ValidationResult("Gmail:PushServiceAccount must be a service account email.", [nameof(PushServiceAccount)]);
        }
    }

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}

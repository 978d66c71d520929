using System.ComponentModel.DataAnnotations;

namespace Factumerit.Email.Providers.Resend;

/// <summary>Settings of the <c>Resend</c> configuration section.</summary>
public sealed class ResendOptions : IValidatableObject
{
    public const string SectionName = "Resend";

    /// <summary>
    /// The API key (<c>re_…</c>), sent as <c>Authorization: Bearer</c>. Empty means development mode: nothing is sent
    /// to Resend (outgoing mail stays in the local outbox) and the client refuses requests that need the key.
    /// </summary>
    public string ApiKey { get; set; } = "";

    /// <summary>
    /// The webhook signing secret(s). One setting, <c>Resend:WebhookSecret</c> (environment variable
    /// <c>Resend__WebhookSecret</c>), holds one or more <c>whsec_…</c> secrets separated by spaces or commas.
    /// During a rotation list both the old and the new secret; a delivery signed with any of them is accepted.
    /// Empty means the webhook is off: it answers 503 until a secret is set.
    /// </summary>
    public string WebhookSecret { get; set; } = "";

    /// <summary>The API base address.</summary>
    [Required]
    public Uri BaseUrl { get; set; } = new("https://api.resend.com");

    /// <summary>Resend rejects requests without a User-Agent (403, code 1010), so one is always sent.</summary>
    [Required]
    public string UserAgent { get; set; } = "factumerit-email/" + ResendVersion.Current;

    /// <summary>How many times one request is retried after a 429, a 5xx or a concurrent idempotent request.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first backoff delay; it doubles, with jitter, on each retry.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A 429 whose <c>retry-after</c> asks for longer than this is not waited for but surfaced.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The limit for a single attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>True when an API key is set; false in development mode.</summary>
    public bool HasApiKey => !string.IsNullOrWhiteSpace(ApiKey);

    /// <summary>True when the webhook can verify deliveries.</summary>
    public bool HasWebhookSecret => !string.IsNullOrWhiteSpace(WebhookSecret);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (HasWebhookSecret && !WebhookSecrets.TryParse(WebhookSecret, out _, out var error))
        {
            yield return new ValidationResult($"Resend:WebhookSecret is invalid: {error}", [nameof(WebhookSecret)]);
        }
        if (!BaseUrl.IsAbsoluteUri)
        {
            yield return new ValidationResult("Resend:BaseUrl must be an absolute URL.", [nameof(BaseUrl)]);
        }
        if (RetryBaseDelay <= TimeSpan.Zero || MaxRetryAfter < TimeSpan.Zero || AttemptTimeout <= TimeSpan.Zero)
        {
            yield return new ValidationResult(
                "Resend:RetryBaseDelay and Resend:AttemptTimeout must be positive, Resend:MaxRetryAfter not negative.",
                [nameof(RetryBaseDelay), nameof(AttemptTimeout), nameof(MaxRetryAfter)]);
        }
    }
}

namespace Factumerit.Email.Triage.Patterns;

/// <summary>What the pattern matcher suggests (spec 003 "PHASE 1"): a hint for the model, never the decision.</summary>
/// <param name="Snooze">Shipping mail: snooze until delivery.</param>
/// <param name="AutoDeleteMinutes">From the mailbox's settings for 2FA or dev mail; null for none (or "never").</param>
public sealed record PatternHint(string Folder, double Confidence, IReadOnlyList<string> Tags, bool Snooze, int? AutoDeleteMinutes)
{
    public bool Has(string tag) => Tags.Contains(tag, StringComparer.Ordinal);
}

public static class PatternTags
{
    public const string TwoFactor = "2fa";
    public const string Shipping = "shipping";
    public const string Invoice = "invoice";
    public const string Travel = "travel";
    public const string Admin = "admin";
    public const string SocialDm = "social-dm";
    public const string Social = "social";
    public const string Newsletter = "newsletter";
    public const string Promo = "promo";
    public const string Dev = "dev";
    public const string Cc = "cc";
}

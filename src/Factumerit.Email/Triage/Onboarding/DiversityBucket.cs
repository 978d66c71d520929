namespace Factumerit.Email.Triage.Onboarding;

/// <summary>
/// The twelve diversity buckets of spec 003 "Curated Email Selection": one email per bucket teaches the most per
/// email. A signal matches a whole word of the subject or a part of the sender's domain.
/// </summary>
public sealed record DiversityBucket(string Name, IReadOnlyList<string> Signals)
{
    public const string Personal = "personal";
    public const string Unknown = "unknown";

    /// <summary>Free-mail domains: a sender there is a person, not a company.</summary>
    public static readonly IReadOnlyList<string> PersonalDomains =
    [
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com", "icloud.com", "me.com",
        "aol.com", "proton.me", "protonmail.com", "gmx.com", "gmx.net", "mail.com", "fastmail.com", "seznam.cz",
    ];

    /// <summary>In the spec's order, which is also the order they are filled in.</summary>
    public static IReadOnlyList<DiversityBucket> All { get; } =
    [
        new("ecommerce", ["amazon", "ebay", "shop", "order", "shipped"]),
        new("social", ["linkedin", "twitter", "facebook", "instagram"]),
        new("financial", ["bank", "paypal", "stripe", "invoice", "receipt"]),
        new("travel", ["airline", "hotel", "booking", "flight", "airbnb"]),
        new("newsletter", ["newsletter", "digest", "weekly", "substack"]),
        new("dev", ["github", "gitlab", "jira", "deploy", "build"]),
        new("calendar", ["invite", "invitation", "meeting", "calendar", "event"]),
        new("marketing", ["sale", "offer", "discount", "promo", "unsubscribe"]),
        new("support", ["ticket", "support", "help", "case"]),
        new(Personal, []),
        new("security", ["verification", "2fa", "security", "sign-in", "signin"]),
        new(Unknown, []),
    ];

    public static bool IsPersonal(string domain) => PersonalDomains.Contains(domain, StringComparer.OrdinalIgnoreCase);
}

using System.Text.RegularExpressions;
using Factumerit.Email.Assistant.Classification;

namespace Factumerit.Email.Triage.Patterns;

/// <summary>
/// Phase 1 of triage (spec 003 "Detection Patterns"): regexes over subject and body, and the social and dev sender
/// domains. Fast and free; the model validates or overrides what it suggests.
/// </summary>
public static partial class TriagePatternMatcher
{
    public static readonly IReadOnlyList<string> SocialDomains =
        ["linkedin.com", "twitter.com", "x.com", "facebook.com", "facebookmail.com", "instagram.com", "reddit.com"];

    public static readonly IReadOnlyList<string> DevDomains =
        ["github.com", "gitlab.com", "bitbucket.org", "circleci.com", "travis-ci.com", "vercel.com", "netlify.com"];

    private const int ScannedBodyChars = 4000;

    public static PatternHint Match(ClassificationInput input, TriageSettings settings, string? mailbox = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(settings);
        var body = string.IsNullOrWhiteSpace(input.Body) ? input.Snippet ?? "" : input.Body;
        var text = input.Subject + "\n" + (body.Length > ScannedBodyChars ? body[..ScannedBodyChars] : body);
        var domain = TriageText.Domain(input.Sender?.Address);
        var social = TriageText.DomainIn(domain, SocialDomains);
        var devSender = TriageText.DomainIn(domain, DevDomains);

        var tags = new List<string>();
        void Tag(bool hit, string tag)
        {
            if (hit)
            {
                tags.Add(tag);
            }
        }
        Tag(TwoFactor().IsMatch(text), PatternTags.TwoFactor);
        Tag(Shipping().IsMatch(text), PatternTags.Shipping);
        Tag(Invoice().IsMatch(text), PatternTags.Invoice);
        Tag(Travel().IsMatch(text), PatternTags.Travel);
        Tag(Admin().IsMatch(text), PatternTags.Admin);
        Tag(SocialDm().IsMatch(text), PatternTags.SocialDm);
        Tag(social, PatternTags.Social);
        Tag(Newsletter().IsMatch(text), PatternTags.Newsletter);
        Tag(Promo().IsMatch(text), PatternTags.Promo);
        Tag(devSender || Dev().IsMatch(text), PatternTags.Dev);
        Tag(IsCcOnly(input, mailbox), PatternTags.Cc);

        bool Has(string tag) => tags.Contains(tag, StringComparer.Ordinal);
        // The first matching line wins; the order is the spec's Inbox-first priority.
        var (folder, confidence) =
            Has(PatternTags.TwoFactor) ? (TriageFolders.Inbox, 0.9)
            : Has(PatternTags.SocialDm) && (social || !devSender) ? (TriageFolders.Inbox, 0.85)
            : Has(PatternTags.Shipping) && !Has(PatternTags.Promo) ? (TriageFolders.Inbox, 0.8)
            : social ? (TriageFolders.Social, 0.8)
            : devSender ? (TriageFolders.Social, 0.7)
            : Has(PatternTags.Travel) ? (TriageFolders.Travel, 0.75)
            : Has(PatternTags.Invoice) ? (TriageFolders.Invoices, 0.75)
            : Has(PatternTags.Newsletter) ? (TriageFolders.Feed, 0.7)
            : Has(PatternTags.Promo) ? (TriageFolders.Promotions, 0.65)
            : Has(PatternTags.Admin) ? (TriageFolders.Admin, 0.6)
            : Has(PatternTags.Cc) ? (TriageFolders.Planning, 0.4)
            : (TriageFolders.Inbox, 0.3);

        var snooze = folder == TriageFolders.Inbox && Has(PatternTags.Shipping) && !Has(PatternTags.TwoFactor) && !Has(PatternTags.SocialDm);
        int? autoDelete = Has(PatternTags.TwoFactor) ? settings.TwoFactorDeleteMinutes
            : devSender ? settings.DevDeleteDays * 24 * 60
            : null;
        return new PatternHint(folder, confidence, tags, snooze, autoDelete);
    }

    /// <summary>The mailbox is in Cc and not in To: "CC Priority Demotion" applies if no action is needed.</summary>
    public static bool IsCcOnly(ClassificationInput input, string? mailbox)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(mailbox))
        {
            return false;
        }
        string Header(string name) => input.Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value ?? "";
        return Header("Cc").Contains(mailbox, StringComparison.OrdinalIgnoreCase)
            && !Header("To").Contains(mailbox, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"verification code|security code|2fa|one-time|\botp\b|sign.?in code", RegexOptions.IgnoreCase)]
    private static partial Regex TwoFactor();

    [GeneratedRegex(@"shipped|tracking|delivery|out for delivery|package|carrier", RegexOptions.IgnoreCase)]
    private static partial Regex Shipping();

    [GeneratedRegex(@"receipt|invoice|order confirm|payment|purchase|transaction", RegexOptions.IgnoreCase)]
    private static partial Regex Invoice();

    [GeneratedRegex(@"flight|booking|itinerary|hotel|reservation|boarding|check-in", RegexOptions.IgnoreCase)]
    private static partial Regex Travel();

    [GeneratedRegex(@"contract|agreement|terms of service|account.*(created|updated)|policy", RegexOptions.IgnoreCase)]
    private static partial Regex Admin();

    [GeneratedRegex(@"sent you a message|direct message|new message from|privately", RegexOptions.IgnoreCase)]
    private static partial Regex SocialDm();

    [GeneratedRegex(@"unsubscribe.*newsletter|newsletter.*unsubscribe|weekly digest|monthly update", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Newsletter();

    [GeneratedRegex(@"% off|\bsale\b|discount|limited time|special offer|exclusive deal", RegexOptions.IgnoreCase)]
    private static partial Regex Promo();

    [GeneratedRegex(@"\b(github|gitlab|bitbucket|pull request|commit|deploy(ed|ment)?|build (failed|passed|succeeded))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Dev();
}

using System.Text.RegularExpressions;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Mail;

namespace Factumerit.Email.Assistant.Classification;

/// <summary>Style and language resolution (spec 002 "Communication Style Resolution", spec 004 "Language Resolution").</summary>
public static partial class Resolution
{
    /// <summary>Exact address override, then domain glob override, then the LLM's pick (if it is a known style), then business.</summary>
    public static string Style(EmailAddress? sender, MailboxSettings settings, string? llmStyle, StyleCatalog styles)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(styles);
        if (sender is not null)
        {
            if (Exact(settings.StyleOverrides, sender.Address) is { } exact)
            {
                return exact;
            }
            if (settings.DomainOverrides.FirstOrDefault(o => Glob.IsMatch(o.Key.Trim(), sender.Domain)) is { Value: { } byDomain })
            {
                return byDomain.Trim();
            }
        }
        return styles.IsKnown(llmStyle) ? llmStyle!.Trim().ToLowerInvariant() : StyleCatalog.Business;
    }

    /// <summary>
    /// An override (exact address, or a glob: on the address when it has an '@', else on the domain), then the
    /// LLM's language if it looks like a language code, then the mailbox default.
    /// </summary>
    public static string Language(EmailAddress? sender, MailboxSettings settings, string? llmLanguage)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (sender is not null)
        {
            if (Exact(settings.LanguageOverrides, sender.Address) is { } exact)
            {
                return exact;
            }
            foreach (var (pattern, language) in settings.LanguageOverrides)
            {
                var target = pattern.Contains('@', StringComparison.Ordinal) ? sender.Address : sender.Domain;
                if (Glob.IsMatch(pattern.Trim(), target))
                {
                    return language.Trim();
                }
            }
        }
        var detected = llmLanguage?.Trim().ToLowerInvariant();
        return detected is not null && LanguageCode().IsMatch(detected) ? detected : settings.DefaultLanguage;
    }

    private static string? Exact(IReadOnlyDictionary<string, string> overrides, string address) =>
        overrides.FirstOrDefault(o => string.Equals(o.Key.Trim(), address, StringComparison.OrdinalIgnoreCase)).Value?.Trim();

    [GeneratedRegex("^[a-z]{2,3}(-[a-z0-9]{2,8})?$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageCode();
}

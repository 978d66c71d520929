using System.Text.RegularExpressions;

namespace Factumerit.Email.Triage.Onboarding;

/// <summary>What the selection compares between emails: bucket signals, top-level domain, sender kind, subject shape.</summary>
public static partial class CandidateTraits
{
    public static string Tld(string domain)
    {
        var dot = domain.LastIndexOf('.');
        return dot < 0 ? domain : domain[(dot + 1)..];
    }

    public static bool IsPersonal(OnboardingCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return DiversityBucket.IsPersonal(candidate.Domain);
    }

    /// <summary>
    /// A coarse shape of the subject, so the remaining slots prefer subjects unlike those already picked: a reply, a
    /// forward, a question, one carrying a number (codes, orders, invoices), or plain words.
    /// </summary>
    public static string SubjectPattern(string subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var s = subject.TrimStart();
        return s.StartsWith("re:", StringComparison.OrdinalIgnoreCase) ? "reply"
            : s.StartsWith("fwd:", StringComparison.OrdinalIgnoreCase) || s.StartsWith("fw:", StringComparison.OrdinalIgnoreCase) ? "forward"
            : s.Contains('?', StringComparison.Ordinal) ? "question"
            : Digits().IsMatch(s) ? "number"
            : "plain";
    }

    /// <summary>A signal is a whole subject word (or its plural), or part of a label of the sender's domain.</summary>
    public static bool HasSignal(OnboardingCandidate candidate, string signal)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(signal);
        return Words().Matches(candidate.Subject).Any(w => w.Value.Equals(signal, StringComparison.OrdinalIgnoreCase)
                || w.Value.Equals(signal + "s", StringComparison.OrdinalIgnoreCase))
            || candidate.Domain.Split('.', '-').Any(label => label.Contains(signal, StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"\d{2,}")]
    private static partial Regex Digits();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*")]
    private static partial Regex Words();
}

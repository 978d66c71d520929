namespace Factumerit.Email.Triage.Onboarding;

/// <summary>
/// Picks the emails for onboarding training (spec 003 "Curated Email Selection"): first one email per diversity
/// bucket, then the most unique of the rest, never two from one sender domain, then a shuffle seeded by the mailbox
/// so the same mailbox gets the same order every time.
/// </summary>
public static class OnboardingSelector
{
    public const int Size = 12;

    /// <summary>An email older than this scores a point: older mail shows how the user files what they kept.</summary>
    public static readonly TimeSpan OldAge = TimeSpan.FromDays(7);

    /// <param name="newestFirst">The recent emails, newest first (at most 500 are considered).</param>
    public static IReadOnlyList<OnboardingCandidate> Select(IReadOnlyList<OnboardingCandidate> newestFirst, string mailbox, DateTimeOffset now,
        int size = Size)
    {
        ArgumentNullException.ThrowIfNull(newestFirst);
        ArgumentException.ThrowIfNullOrWhiteSpace(mailbox);
        var pool = newestFirst.Where(c => c.Domain.Length > 0).Take(500).ToList();
        var domainCounts = pool.GroupBy(c => c.Domain, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var selected = new List<OnboardingCandidate>();
        var usedDomains = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        foreach (var bucket in DiversityBucket.All)
        {
            if (selected.Count == size)
            {
                break;
            }
            var match = pool.FirstOrDefault(c => !usedDomains.Contains(c.Domain) && Matches(c, bucket, domainCounts));
            if (match is not null)
            {
                selected.Add(match);
                usedDomains.Add(match.Domain);
            }
        }
        while (selected.Count < size && MostUnique(pool, selected, usedDomains, now) is { } best)
        {
            selected.Add(best);
            usedDomains.Add(best.Domain);
        }
        return SeededShuffle.Shuffle(selected, mailbox.Trim().ToLowerInvariant());
    }

    public static bool Matches(OnboardingCandidate candidate, DiversityBucket bucket, IReadOnlyDictionary<string, int> domainCounts)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(bucket);
        ArgumentNullException.ThrowIfNull(domainCounts);
        return bucket.Name switch
        {
            DiversityBucket.Personal => CandidateTraits.IsPersonal(candidate),
            // No contact list here: an unfamiliar sender is a company domain seen once that no other bucket explains.
            DiversityBucket.Unknown => !CandidateTraits.IsPersonal(candidate)
                && domainCounts.GetValueOrDefault(candidate.Domain) == 1
                && !DiversityBucket.All.Any(b => b.Signals.Any(s => CandidateTraits.HasSignal(candidate, s))),
            _ => bucket.Signals.Any(s => CandidateTraits.HasSignal(candidate, s)),
        };
    }

    /// <summary>The spec's uniqueness score of a candidate against what is already selected.</summary>
    public static int Score(OnboardingCandidate candidate, IReadOnlyCollection<OnboardingCandidate> selected, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(selected);
        var score = 0;
        if (!selected.Any(s => string.Equals(CandidateTraits.Tld(s.Domain), CandidateTraits.Tld(candidate.Domain), StringComparison.OrdinalIgnoreCase)))
        {
            score += 2;
        }
        if (!selected.Any(s => CandidateTraits.IsPersonal(s) == CandidateTraits.IsPersonal(candidate)))
        {
            score += 3;
        }
        if (candidate.HasAttachment && !selected.Any(s => s.HasAttachment))
        {
            score += 2;
        }
        if (!selected.Any(s => CandidateTraits.SubjectPattern(s.Subject) == CandidateTraits.SubjectPattern(candidate.Subject)))
        {
            score += 2;
        }
        if (now - candidate.ReceivedAt > OldAge)
        {
            score += 1;
        }
        return score;
    }

    // Ties go to the newest: the pool is newest first and MaxBy keeps the first maximum.
    private static OnboardingCandidate? MostUnique(List<OnboardingCandidate> pool, List<OnboardingCandidate> selected, HashSet<string> usedDomains,
        DateTimeOffset now) =>
        pool.Where(c => !usedDomains.Contains(c.Domain)).MaxBy(c => Score(c, selected, now));
}

using Factumerit.Email.Triage;
using Factumerit.Email.Triage.Decisions;
using Factumerit.Email.Triage.Patterns;

namespace Factumerit.Email.IntegrationTests.Triage.Inbox;

/// <summary>What one Organize pass did to a batch, counted from Gmail's labels and the classification log.</summary>
internal sealed record PassFigures
{
    public int Threads { get; init; }
    public int OutOfInbox { get; init; }
    public int Filed { get; init; }
    public int Snoozed { get; init; }
    public int Review { get; init; }
    public int KeptVip { get; init; }
    public int KeptSocialDm { get; init; }
    public int KeptTwoFactor { get; init; }
    public int KeptActionable { get; init; }
    public int AsWanted { get; init; }
    public int SenderRule { get; init; }
    public int LlmCalls { get; init; }
    public int MaxCallsPerThread { get; init; }
    public int SkippedEarlier { get; init; }
    public long GmailUnits { get; init; }
    public int StorageTransactions { get; init; }

    public int Kept => KeptVip + KeptSocialDm + KeptTwoFactor + KeptActionable;

    public double OutOfInboxShare => (double)OutOfInbox / Threads;

    /// <param name="decisions">Each email's logged decision and whether its thread still carries INBOX.</param>
    /// <param name="wanted">Where the user wants an email: its true kind's folder unless the user re-files its sender.</param>
    public static PassFigures Count(IReadOnlyList<(InboxEmail Email, TriageDecision Decision, bool InInbox)> decisions,
        Func<InboxEmail, string> wanted) => new()
    {
        Threads = decisions.Count,
        OutOfInbox = decisions.Count(d => !d.InInbox),
        Filed = decisions.Count(d => d.Decision.FinalFolder is not (TriageFolders.Inbox or TriageFolders.Review)),
        Snoozed = decisions.Count(d => d.Decision.FinalFolder == TriageFolders.Inbox && !d.InInbox),
        Review = decisions.Count(d => d.Decision.FinalFolder == TriageFolders.Review),
        KeptVip = KeptFor(decisions, d => d.Source == TriageSources.Vip),
        KeptTwoFactor = KeptFor(decisions, d => d.Source != TriageSources.Vip && d.Has(PatternTags.TwoFactor)),
        KeptSocialDm = KeptFor(decisions, d => d.Source != TriageSources.Vip && !d.Has(PatternTags.TwoFactor) && d.Has(PatternTags.SocialDm)),
        KeptActionable = KeptFor(decisions, d => d.Source != TriageSources.Vip && !d.Has(PatternTags.TwoFactor) && !d.Has(PatternTags.SocialDm)),
        AsWanted = decisions.Count(d => d.Decision.FinalFolder == wanted(d.Email)),
        SenderRule = decisions.Count(d => d.Decision.Source == TriageSources.SenderRule),
    };

    private static int KeptFor(IEnumerable<(InboxEmail Email, TriageDecision Decision, bool InInbox)> decisions, Func<TriageDecision, bool> reason) =>
        decisions.Count(d => d.InInbox && reason(d.Decision));
}

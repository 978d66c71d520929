using System.Globalization;
using System.Text;

namespace Factumerit.Email.IntegrationTests.Triage.Inbox;

/// <summary>The Markdown table docs/benchmarks.md quotes: one column per Organize pass.</summary>
internal static class TriageFiguresTable
{
    public static string Render(PassFigures first, PassFigures second, int learnedDomains, int corrections)
    {
        var rows = new (string Figure, Func<PassFigures, string> Value)[]
        {
            ("New threads in the Inbox", f => N(f.Threads)),
            ("**Moved out of the Inbox** (goal ≥ 70%)", f => $"**{N(f.OutOfInbox)} ({Pct(f.OutOfInbox, f.Threads)})**"),
            ("  filed to a topic folder", f => N(f.Filed)),
            ("  snoozed (shipping, until delivery)", f => N(f.Snoozed)),
            ("  to Review (confidence < 0.7)", f => N(f.Review)),
            ("Kept in the Inbox", f => N(f.Kept)),
            ("  VIP sender", f => N(f.KeptVip)),
            ("  social DM", f => N(f.KeptSocialDm)),
            ("  2FA code (trashed after 15 min)", f => N(f.KeptTwoFactor)),
            ("  needs a reply or an action", f => N(f.KeptActionable)),
            ("Ended where the user wants it", f => $"{N(f.AsWanted)} ({Pct(f.AsWanted, f.Threads)})"),
            ("Filed by a sender rule (`sender_rule`)", f => N(f.SenderRule)),
            ("LLM calls", f => N(f.LlmCalls)),
            ("LLM calls per thread (max)", f => N(f.MaxCallsPerThread)),
            ("LLM calls saved vs pass 1", f => ReferenceEquals(f, first) ? "—" : N(first.LlmCalls - f.LlmCalls)),
            ("Earlier passes' threads still in the Inbox, skipped without a call", f => N(f.SkippedEarlier)),
            ("Gmail quota units per new thread", f => Per(f.GmailUnits, f.Threads)),
            ("Storage transactions per new thread", f => Per(f.StorageTransactions, f.Threads)),
        };
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"| Figure | Pass 1 | Pass 2 (after {corrections} corrections, {learnedDomains} sender rules) |")
            .AppendLine("|---|---:|---:|");
        foreach (var (figure, value) in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {figure.Replace("  ", "&nbsp;&nbsp;", StringComparison.Ordinal)} | {value(first)} | {value(second)} |");
        }
        return text.ToString();
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Pct(int part, int whole) => (100.0 * part / whole).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Per(long total, int threads) => ((double)total / threads).ToString("0.0", CultureInfo.InvariantCulture);
}

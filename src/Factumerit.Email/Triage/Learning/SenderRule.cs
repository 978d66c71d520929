namespace Factumerit.Email.Triage.Learning;

/// <summary>A rule learned from repeated corrections for one sender domain (spec 003 "Sender Rules").</summary>
/// <param name="AutoApply">Applied without the model (source <c>sender_rule</c>).</param>
public sealed record SenderRule(
    string Mailbox,
    string Domain,
    string TargetFolder,
    int CorrectionCount,
    double Confidence,
    bool AutoApply,
    DateTimeOffset UpdatedAt)
{
    /// <summary>Corrections to one folder for one domain that create a rule.</summary>
    public const int CreateAt = 3;

    /// <summary>Corrections at which the rule applies itself.</summary>
    public const int AutoApplyAt = 5;
}

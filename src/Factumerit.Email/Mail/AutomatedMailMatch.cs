namespace Factumerit.Email.Mail;

/// <summary>The rule that marked a message as automated, with the evidence for the audit trail.</summary>
/// <param name="Rule">The rule that matched.</param>
/// <param name="Evidence">The header and value, or the sender local part, that matched; never a full address.</param>
public sealed record AutomatedMailMatch(AutomatedMailRule Rule, string Evidence)
{
    /// <summary>A stable snake_case code for audit rows and metrics, e.g. <c>auto_submitted</c>.</summary>
    public string Code => Rule switch
    {
        AutomatedMailRule.AutoSubmitted => "auto_submitted",
        AutomatedMailRule.Precedence => "precedence",
        AutomatedMailRule.ListId => "list_id",
        AutomatedMailRule.ListUnsubscribe => "list_unsubscribe",
        AutomatedMailRule.AutoResponseSuppress => "auto_response_suppress",
        AutomatedMailRule.FeedbackId => "feedback_id",
        AutomatedMailRule.XAutoreply => "x_autoreply",
        AutomatedMailRule.XAutorespond => "x_autorespond",
        AutomatedMailRule.NullReturnPath => "null_return_path",
        AutomatedMailRule.SenderPattern => "sender_pattern",
        _ => throw new InvalidOperationException($"Unknown rule {Rule}."),
    };
}

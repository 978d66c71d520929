namespace Factumerit.Email.Digest;

/// <summary>The actions a digest link may carry; a token names exactly one.</summary>
public static class DigestActionKinds
{
    public const string SignalDismiss = "signal.dismiss";
    public const string SignalApply = "signal.apply";
    public const string LeadApprove = "lead.approve";
    public const string LeadReject = "lead.reject";
    public const string ReviewAccept = "review.accept";
    public const string ReviewDismiss = "review.dismiss";

    public static IReadOnlyList<string> All { get; } = [SignalDismiss, SignalApply, LeadApprove, LeadReject, ReviewAccept, ReviewDismiss];

    public static string Describe(string kind) => kind switch
    {
        SignalDismiss => "Dismiss this recruiting signal",
        SignalApply => "Apply this recruiting signal (move the stage it suggests)",
        LeadApprove => "Approve this lead",
        LeadReject => "Reject this lead",
        ReviewAccept => "File this thread in the folder triage suggested",
        ReviewDismiss => "Keep this thread in the Inbox",
        _ => "Unknown action",
    };
}

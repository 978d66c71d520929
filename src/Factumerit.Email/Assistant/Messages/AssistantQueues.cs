namespace Factumerit.Email.Assistant.Messages;

/// <summary>The Gmail assistant's queue names; one queue per kind of work so each scales and poisons on its own.</summary>
public static class AssistantQueues
{
    public const string MailboxSync = "mailbox-sync";
    public const string Classify = "classify";
    public const string Draft = "draft";
    public const string Rework = "rework";
    public const string ManualDraft = "manual-draft";
    public const string Done = "done";
    public const string SentCheck = "sent-check";
    public const string Retriage = "retriage";
    public const string TriageLabelChange = "triage-label-change";
}

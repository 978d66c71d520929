namespace Factumerit.Email.Drafting.Mail;

/// <summary>Gmail system label ids the assistant reads or changes.</summary>
public static class SystemLabels
{
    public const string Inbox = "INBOX";
    public const string Draft = "DRAFT";
    public const string Sent = "SENT";
    public const string Trash = "TRASH";
}

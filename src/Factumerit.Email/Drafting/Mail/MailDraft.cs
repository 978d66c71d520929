namespace Factumerit.Email.Drafting.Mail;

/// <summary>A Gmail draft: its id, the id of the message it currently holds, and that message's text.</summary>
public sealed record MailDraft(string Id, string MessageId, string? ThreadId, string Body);

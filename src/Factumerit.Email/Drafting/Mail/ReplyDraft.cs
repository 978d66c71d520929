namespace Factumerit.Email.Drafting.Mail;

/// <summary>A reply to <see cref="InReplyTo"/>, to be saved as a draft in its thread.</summary>
public sealed record ReplyDraft(MailMessage InReplyTo, string Text);

namespace Factumerit.Email.Assistant.Mailboxes;

/// <summary>What an operator gives to connect a mailbox.</summary>
public sealed record MailboxRegistration(string Address, MailboxCredentialRef Credential, MailboxSettings Settings);

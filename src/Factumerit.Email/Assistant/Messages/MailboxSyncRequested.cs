namespace Factumerit.Email.Assistant.Messages;

/// <summary>A mailbox should be synced from its stored historyId; pushes and the poll timer both send it.</summary>
public sealed record MailboxSyncRequested(string Mailbox, string Reason);

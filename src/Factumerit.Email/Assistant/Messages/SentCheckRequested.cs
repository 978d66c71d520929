namespace Factumerit.Email.Assistant.Messages;

/// <summary>A message was deleted; its draft may have been sent.</summary>
public sealed record SentCheckRequested(string Mailbox, string MessageId);

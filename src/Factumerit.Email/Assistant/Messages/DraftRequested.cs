namespace Factumerit.Email.Assistant.Messages;

/// <summary>A message classified needs_response gets an AI draft.</summary>
public sealed record DraftRequested(string Mailbox, string MessageId);

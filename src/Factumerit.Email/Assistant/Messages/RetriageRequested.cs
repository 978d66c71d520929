namespace Factumerit.Email.Assistant.Messages;

/// <summary>A message arrived on a Waiting thread.</summary>
public sealed record RetriageRequested(string Mailbox, string ThreadId);

namespace Factumerit.Email.Assistant.Messages;

/// <summary>A new inbound message to classify.</summary>
public sealed record ClassifyRequested(string Mailbox, string MessageId, string ThreadId);

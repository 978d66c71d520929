namespace Factumerit.Email.Assistant.Messages;

/// <summary>The user put the Rework label on a thread.</summary>
public sealed record ReworkRequested(string Mailbox, string ThreadId);

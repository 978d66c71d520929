namespace Factumerit.Email.Assistant.Messages;

/// <summary>The user put the Done label on a thread.</summary>
public sealed record DoneRequested(string Mailbox, string ThreadId);

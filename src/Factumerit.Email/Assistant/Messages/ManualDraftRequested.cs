namespace Factumerit.Email.Assistant.Messages;

/// <summary>The user put the Needs Response label on a thread by hand.</summary>
public sealed record ManualDraftRequested(string Mailbox, string ThreadId, string MessageId);

namespace Factumerit.Email.Assistant.Messages;

/// <summary>A message arrived on a Waiting thread.</summary>
public sealed record RetriageRequested(string Mailbox, string ThreadId)
{
    /// <summary>The new message that arrived on the thread, when sync knows it.</summary>
    public string? MessageId { get; init; }
}

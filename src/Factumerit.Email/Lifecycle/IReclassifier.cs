namespace Factumerit.Email.Lifecycle;

/// <summary>
/// Runs the full classification pipeline again for a thread whose Waiting state ended (spec 004,
/// "Automatic Reclassification"). Implemented by the Gmail ingest side, which owns classification.
/// </summary>
public interface IReclassifier
{
    /// <summary>
    /// Classifies <paramref name="messageId"/>, the newest message of the thread, as if it had just arrived
    /// (label, record, and a draft job when it needs a response). Must be safe to call again for the same message.
    /// </summary>
    Task ReclassifyAsync(string mailbox, string threadId, string messageId, CancellationToken cancellationToken = default);
}

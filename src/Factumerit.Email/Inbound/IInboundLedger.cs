namespace Factumerit.Email.Inbound;

/// <summary>
/// One record per received email, written first by the webhook (its de-dupe row) and completed by the worker,
/// so a redelivered <see cref="Messages.EmailReceived"/> that was handled already is acknowledged without work.
/// </summary>
public interface IInboundLedger
{
    Task<bool> IsCompletedAsync(string emailId, CancellationToken cancellationToken = default);

    /// <summary>Marks the email handled with its outcome code; doing it twice is harmless.</summary>
    Task CompleteAsync(string emailId, string outcome, CancellationToken cancellationToken = default);
}

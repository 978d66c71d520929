namespace Factumerit.Email.Inbound;

/// <summary>
/// One record per received email, written first by the webhook (its de-dupe row), claimed by the worker run that
/// handles it and completed by that run, so a second <see cref="Messages.EmailReceived"/> for the same email, whether
/// it arrives after or during the first one's run, is acknowledged without work.
/// </summary>
public interface IInboundLedger
{
    /// <summary>
    /// Reads the row; unless it is completed or held by another delivery whose lease has not ended
    /// (<see cref="InboundClaimRule"/>), claims it for <paramref name="deliveryId"/> for <see cref="InboundOptions.ClaimLease"/>
    /// under the row's ETag. Losing that race answers <see cref="InboundClaim.HeldElsewhere"/>.
    /// </summary>
    /// <param name="deliveryId">The queue message id of this run, so the same message may take its claim back on redelivery.</param>
    Task<InboundClaim> ClaimAsync(string emailId, string? deliveryId, CancellationToken cancellationToken = default);

    /// <summary>Marks the email handled with its outcome code; doing it twice is harmless.</summary>
    Task CompleteAsync(string emailId, string outcome, CancellationToken cancellationToken = default);
}

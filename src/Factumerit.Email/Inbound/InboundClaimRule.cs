namespace Factumerit.Email.Inbound;

/// <summary>
/// When a run may claim an email that is not completed yet. The claim names the queue message (delivery) that holds
/// it, because a failed run releases nothing: its message comes back with the same id, often long before the lease
/// ends, and must be able to carry on. Any other message waits for the lease to end.
/// </summary>
public static class InboundClaimRule
{
    /// <param name="claimedBy">The delivery id on the row, empty or null when none is recorded.</param>
    /// <param name="claimedUntil">The end of the row's lease, null when it was never claimed.</param>
    /// <param name="deliveryId">This run's queue message id; null when the host did not say, which only the lease can then decide.</param>
    public static bool MayClaim(string? claimedBy, DateTimeOffset? claimedUntil, string? deliveryId, DateTimeOffset now) =>
        claimedUntil is not { } until
        || until <= now
        || (!string.IsNullOrEmpty(deliveryId) && string.Equals(claimedBy, deliveryId, StringComparison.Ordinal));
}

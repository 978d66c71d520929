namespace Factumerit.Email.Personas.Handlers.Digest;

public interface IDigestSubscriptionStore
{
    Task<DigestSubscription?> GetAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces the subscription's settings, keeping its last-sent date.</summary>
    Task<DigestSubscription> SaveAsync(DigestSubscription subscription, CancellationToken cancellationToken = default);

    IAsyncEnumerable<DigestSubscription> ListActiveAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Records that the digest of <paramref name="localDate"/> is being sent, if the subscription is unchanged since it
    /// was read (<see cref="DigestSubscription.Version"/>).
    /// </summary>
    /// <returns>False when another run got there first or the settings changed meanwhile.</returns>
    Task<bool> TryMarkSentAsync(DigestSubscription subscription, DateOnly localDate, CancellationToken cancellationToken = default);
}

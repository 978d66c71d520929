using System.Runtime.CompilerServices;
using Factumerit.Email.Personas.Handlers.Digest;

namespace Factumerit.Email.Tests.PersonaHandlers.Doubles;

/// <summary>Subscriptions in memory, with the version check the table store makes.</summary>
internal sealed class InMemoryDigestSubscriptions : IDigestSubscriptionStore
{
    private readonly Dictionary<string, DigestSubscription> _rows = new(StringComparer.OrdinalIgnoreCase);
    private int _version;

    public Task<DigestSubscription?> GetAsync(string email, CancellationToken cancellationToken = default) =>
        Task.FromResult(_rows.GetValueOrDefault(email));

    public Task<DigestSubscription> SaveAsync(DigestSubscription subscription, CancellationToken cancellationToken = default)
    {
        var last = _rows.GetValueOrDefault(subscription.Email)?.LastSentLocalDate;
        var saved = subscription with { LastSentLocalDate = last, Version = (++_version).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        _rows[subscription.Email] = saved;
        return Task.FromResult(saved);
    }

    public async IAsyncEnumerable<DigestSubscription> ListActiveAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var row in _rows.Values.Where(r => r.Active).ToList())
        {
            await Task.Yield();
            yield return row;
        }
    }

    public Task<bool> TryMarkSentAsync(DigestSubscription subscription, DateOnly localDate, CancellationToken cancellationToken = default)
    {
        if (!_rows.TryGetValue(subscription.Email, out var current) || current.Version != subscription.Version)
        {
            return Task.FromResult(false);
        }
        _rows[subscription.Email] = current with
        {
            LastSentLocalDate = localDate,
            Version = (++_version).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Task.FromResult(true);
    }
}

internal sealed class FixedActivity(PersonaActivity activity) : IPersonaActivitySource
{
    public List<(DateTimeOffset From, DateTimeOffset To)> Asked { get; } = [];

    public PersonaActivity Activity { get; set; } = activity;

    public Task<PersonaActivity> GetActivityAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        Asked.Add((from, to));
        return Task.FromResult(Activity);
    }
}

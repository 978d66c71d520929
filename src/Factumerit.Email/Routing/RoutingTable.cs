using System.Collections.Frozen;
using Factumerit.Email.Mail;

namespace Factumerit.Email.Routing;

/// <summary>
/// The validated routes. <see cref="Resolve(EmailAddress)"/> picks the most specific route for a
/// recipient: full address, then local part (on a receiving domain), then domain catch-all.
/// Matching ignores case and plus tags.
/// </summary>
public sealed class RoutingTable
{
    private readonly FrozenDictionary<string, Route> _byAddress;
    private readonly FrozenDictionary<string, Route> _byLocalPart;
    private readonly FrozenDictionary<string, Route> _byDomain;

    /// <param name="routes">Routes with unique keys.</param>
    /// <param name="domains">
    /// The receiving domains. When given, local-part routes match only on these domains; when
    /// empty, they match on any domain.
    /// </param>
    public RoutingTable(IEnumerable<Route> routes, IEnumerable<string>? domains = null)
    {
        ArgumentNullException.ThrowIfNull(routes);
        Routes = routes.ToArray();
        Domains = (domains ?? []).Select(d => d.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);

        var duplicate = Routes.GroupBy(r => r.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Route key '{duplicate.Key}' is used more than once.", nameof(routes));
        }

        _byAddress = ByKey(RouteScope.Address, key => key);
        _byLocalPart = ByKey(RouteScope.LocalPart, key => key);
        _byDomain = ByKey(RouteScope.Domain, key => key.TrimStart('@'));
    }

    public IReadOnlyList<Route> Routes { get; }

    public IReadOnlySet<string> Domains { get; }

    /// <summary>The handler names the routes use; the host checks each has a registration.</summary>
    public IReadOnlySet<string> HandlerNames =>
        Routes.Where(r => r.Handler is not null).Select(r => r.Handler!).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="domain"/> is one of <see cref="Domains"/>.</summary>
    public bool IsReceivingDomain(string domain) => Domains.Contains(domain.ToLowerInvariant());

    /// <summary>The route for a recipient, or null when none matches (or it is not an address).</summary>
    public Route? Resolve(string recipientAddress) =>
        EmailAddress.TryParse(recipientAddress, out var address) ? Resolve(address) : null;

    public Route? Resolve(EmailAddress recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        var bare = recipient.WithoutTag();

        if (_byAddress.TryGetValue(bare.Address, out var route))
        {
            return route;
        }

        if ((Domains.Count == 0 || Domains.Contains(bare.Domain)) && _byLocalPart.TryGetValue(bare.LocalPart, out route))
        {
            return route;
        }

        return _byDomain.GetValueOrDefault(bare.Domain);
    }

    private FrozenDictionary<string, Route> ByKey(RouteScope scope, Func<string, string> key) =>
        Routes.Where(r => r.Scope == scope).ToFrozenDictionary(r => key(r.Key), StringComparer.Ordinal);
}

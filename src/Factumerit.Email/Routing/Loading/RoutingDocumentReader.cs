using Factumerit.Email.Mail;
using Factumerit.Email.Routing.Yaml;

namespace Factumerit.Email.Routing.Loading;

/// <summary>Reads the whole routing document: <c>domains</c>, <c>routes</c>, then cross-route checks.</summary>
internal sealed class RoutingDocumentReader(ConfigErrors errors, IReadOnlySet<string> knownHandlers, string? baseDirectory)
{
    private static readonly string[] TopLevelKeys = ["domains", "routes"];

    public RoutingTable? Read(YamlNode? root)
    {
        if (root is null or YamlScalar { IsNull: true })
        {
            errors.Add(1, 1, "the file is empty; expected a 'routes:' mapping");
            return null;
        }

        if (root is not YamlMapping mapping)
        {
            errors.Add(root, $"the file must be a mapping with 'routes:', not {root.Kind}");
            return null;
        }

        var entries = MappingEntries.Read(mapping, string.Empty, errors);
        MappingEntries.ReportUnknown(entries, TopLevelKeys, "top level: ", errors);
        var domains = entries.FirstOrDefault(e => e.Key == "domains") is { } d ? ReadDomains(d.Value) : [];

        if (entries.FirstOrDefault(e => e.Key == "routes") is not { } routesEntry)
        {
            errors.Add(mapping, "missing 'routes:' mapping");
            return null;
        }

        var routeReader = new RouteReader(errors, knownHandlers, baseDirectory);
        var (routes, complete) = ReadRoutes(routesEntry, domains, routeReader);
        var table = new RoutingTable(routes, domains);
        TargetChecker.Check(routeReader.Targets, table, complete, errors);
        return errors.Count == 0 ? table : null;
    }

    private List<string> ReadDomains(YamlNode node)
    {
        var domains = new List<string>();
        if (node is not YamlSequence sequence)
        {
            errors.Add(node, $"'domains' must be a list of domain names, not {node.Kind}");
            return domains;
        }

        foreach (var item in sequence.Items)
        {
            if (Scalars.Text(item, string.Empty, "domains", errors) is not { } text)
            {
                continue;
            }

            if (!EmailAddressSyntax.TryNormalizeDomain(text, out var domain))
            {
                errors.Add(item, $"domains: '{text}' is not a valid domain name");
            }
            else if (domains.Contains(domain))
            {
                errors.Add(item, $"domains: '{text}' is listed twice");
            }
            else
            {
                domains.Add(domain);
            }
        }

        return domains;
    }

    private (List<Route> Routes, bool Complete) ReadRoutes(MappingEntry routesEntry, List<string> domains, RouteReader reader)
    {
        var routes = new List<Route>();
        if (routesEntry.Value is not YamlMapping mapping)
        {
            errors.Add(routesEntry.Value, $"'routes' must be a mapping of route keys, not {routesEntry.Value.Kind}");
            return (routes, false);
        }

        var entries = MappingEntries.Read(mapping, string.Empty, errors, NormalizeKey);
        if (entries.Count == 0)
        {
            errors.Add(routesEntry.KeyNode, "'routes' is empty; at least one route is required");
        }

        var complete = entries.Count == mapping.Entries.Count;
        foreach (var entry in entries)
        {
            if (!RouteKeys.TryParse(entry.KeyNode.Value, out var scope, out _, out var keyError))
            {
                errors.Add(entry.KeyNode, keyError);
                complete = false;
                continue;
            }

            if (scope != RouteScope.LocalPart && domains.Count > 0 && !domains.Contains(DomainOf(entry.Key)))
            {
                errors.Add(entry.KeyNode, $"route '{entry.KeyNode.Value}': domain '{DomainOf(entry.Key)}' is not in 'domains', so no mail for it arrives here");
            }

            if (reader.Read(entry, scope) is { } route)
            {
                routes.Add(route);
            }
            else
            {
                complete = false;
            }
        }

        return (routes, complete);
    }

    // Duplicate detection compares keys the way matching will: "Support" repeats "support".
    private static string NormalizeKey(string raw) =>
        RouteKeys.TryParse(raw, out _, out var key, out _) ? key : raw.Trim().ToLowerInvariant();

    private static string DomainOf(string key) => key[(key.IndexOf('@', StringComparison.Ordinal) + 1)..];
}

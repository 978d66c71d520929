namespace Factumerit.Email.Routing.Loading;

/// <summary>
/// Checks where forward and escalation targets lead once every route is known: mail must end up
/// with a person outside our receiving domains, never in a persona, a drop or a forwarding loop.
/// </summary>
internal static class TargetChecker
{
    /// <param name="complete">False when some routes failed to load; "matches no route" is then not reported, as it may be a knock-on error.</param>
    public static void Check(IEnumerable<TargetReference> targets, RoutingTable table, bool complete, ConfigErrors errors)
    {
        foreach (var target in targets)
        {
            if (Problem(target, table, complete) is { } problem)
            {
                errors.Add(target.At, $"route '{target.RouteName}': {target.Field} '{target.Address}' {problem}");
            }
        }
    }

    private static string? Problem(TargetReference target, RoutingTable table, bool complete)
    {
        var path = new List<string> { target.RouteKey };
        var address = target.Address;
        while (true)
        {
            var route = table.Resolve(address);
            if (route is null)
            {
                return complete && table.IsReceivingDomain(address.Domain)
                    ? "is on a receiving domain but matches no route, so mail sent there would be lost"
                    : null;
            }

            if (path.Contains(route.Key))
            {
                return $"forms a forwarding loop ({string.Join(" -> ", path.Append(route.Key))})";
            }

            switch (route.Action)
            {
                case RouteAction.Ai:
                    return $"is answered by persona route '{route.Key}'; handlers do not chain, so target a person";
                case RouteAction.Drop:
                    return $"is dropped by route '{route.Key}'";
            }

            path.Add(route.Key);
            address = route.ForwardTo!;
        }
    }
}

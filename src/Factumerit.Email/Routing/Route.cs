using Factumerit.Email.Mail;

namespace Factumerit.Email.Routing;

/// <summary>One entry of <c>email_routing.yaml</c>, validated.</summary>
/// <param name="Key">The normalised key: <c>support</c>, <c>billing@factumerit.app</c> or <c>@factumerit.app</c>.</param>
/// <param name="Scope">What the key names.</param>
/// <param name="Action">What the route does.</param>
/// <param name="Handler">The persona handler name; set exactly when <paramref name="Action"/> is <see cref="RouteAction.Ai"/>.</param>
/// <param name="Config">The handler's free-form <c>config</c> map.</param>
/// <param name="Description">Operator notes.</param>
/// <param name="Limits">Per-sender and per-message limits, defaults filled in.</param>
/// <param name="ForwardTo">The target; set exactly when <paramref name="Action"/> is <see cref="RouteAction.Forward"/>.</param>
public sealed record Route(
    string Key,
    RouteScope Scope,
    RouteAction Action,
    string? Handler,
    HandlerConfig Config,
    string? Description,
    RouteLimits Limits,
    EmailAddress? ForwardTo)
{
    /// <summary>The action as written in YAML: <c>ai</c>, <c>forward</c> or <c>drop</c>.</summary>
    public string ActionName => Action.ToString().ToLowerInvariant();
}

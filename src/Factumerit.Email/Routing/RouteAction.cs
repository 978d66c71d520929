namespace Factumerit.Email.Routing;

/// <summary>What a route does with a message (<c>action:</c> in <c>email_routing.yaml</c>).</summary>
public enum RouteAction
{
    /// <summary><c>ai</c>: a persona handler answers.</summary>
    Ai,

    /// <summary><c>forward</c>: the message goes unchanged to the route's <c>forward_to</c>.</summary>
    Forward,

    /// <summary><c>drop</c>: the message is recorded and discarded.</summary>
    Drop,
}

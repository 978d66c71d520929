namespace Factumerit.Email.Routing;

/// <summary>One problem in a routing file, with the position it was found at (1-based).</summary>
public sealed record RoutingConfigError(string Source, int Line, int Column, string Message)
{
    /// <summary><c>email_routing.yaml:12:5: route 'support': …</c>, as compilers print.</summary>
    public override string ToString() => $"{Source}:{Line}:{Column}: {Message}";
}

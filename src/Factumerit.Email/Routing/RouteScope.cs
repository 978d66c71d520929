namespace Factumerit.Email.Routing;

/// <summary>What a route key names; also the order of precedence, most specific first.</summary>
public enum RouteScope
{
    /// <summary><c>billing@factumerit.app</c>: one full address.</summary>
    Address,

    /// <summary><c>support</c>: that local part on every receiving domain.</summary>
    LocalPart,

    /// <summary><c>@factumerit.app</c>: every address on the domain that nothing more specific matches.</summary>
    Domain,
}

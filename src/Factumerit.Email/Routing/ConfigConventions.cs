namespace Factumerit.Email.Routing;

/// <summary>
/// Naming conventions for handler config keys, checked at load time so a typo fails start-up
/// instead of the first escalation.
/// </summary>
internal static class ConfigConventions
{
    /// <summary><c>escalate_to</c>, <c>route_to</c>, …: an address or a list of addresses.</summary>
    public static bool IsAddressKey(string key) => key.EndsWith("_to", StringComparison.Ordinal);

    /// <summary><c>max_turns</c>, …: a positive integer.</summary>
    public static bool IsCountKey(string key) => key.StartsWith("max_", StringComparison.Ordinal);

    /// <summary><c>escalation_timeout</c>, …: a positive duration.</summary>
    public static bool IsDurationKey(string key) => key.EndsWith("_timeout", StringComparison.Ordinal);

    /// <summary><c>faq_file</c>, …: a path relative to the routing file, inside its folder.</summary>
    public static bool IsFileKey(string key) => key.EndsWith("_file", StringComparison.Ordinal);
}

namespace Factumerit.Email.Triage;

internal static class TriageText
{
    /// <summary>The domain of an address, lower case; empty when there is none.</summary>
    public static string Domain(string? address)
    {
        var at = address?.LastIndexOf('@') ?? -1;
        return at < 0 ? "" : address![(at + 1)..].Trim().TrimEnd('>').ToLowerInvariant();
    }

    public static bool DomainIn(string domain, IEnumerable<string> domains) =>
        domains.Any(d => domain == d || domain.EndsWith("." + d, StringComparison.Ordinal));
}

using System.Collections.Frozen;

namespace Factumerit.Email.Personas;

/// <summary>
/// The handler names this build ships. Routing validation accepts exactly these, and the host
/// checks them against its keyed <see cref="IEmailHandler"/> registrations at start-up.
/// </summary>
public static class PersonaNames
{
    public const string Support = "support";
    public const string Eis = "eis";
    public const string Onboard = "onboard";
    public const string Triage = "triage";
    public const string Digest = "digest";

    public static IReadOnlySet<string> All { get; } =
        new[] { Support, Eis, Onboard, Triage, Digest }.ToFrozenSet(StringComparer.Ordinal);
}

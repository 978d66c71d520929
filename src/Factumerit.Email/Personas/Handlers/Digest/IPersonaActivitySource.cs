namespace Factumerit.Email.Personas.Handlers.Digest;

/// <summary>How many messages one persona handled and escalated in a window.</summary>
public sealed record PersonaActivityLine(string Persona, int Handled, int Escalated);

/// <summary>Counts only: a digest never quotes mail.</summary>
/// <param name="OpenThreads">Threads waiting for a person (escalated, not picked up).</param>
public sealed record PersonaActivity(IReadOnlyList<PersonaActivityLine> ByPersona, int OpenThreads)
{
    public static PersonaActivity None { get; } = new([], 0);

    public int Handled => ByPersona.Sum(l => l.Handled);

    public int Escalated => ByPersona.Sum(l => l.Escalated);

    public bool IsEmpty => Handled == 0 && Escalated == 0 && OpenThreads == 0;
}

/// <summary>Where the digest reads persona activity from (the audit trail).</summary>
public interface IPersonaActivitySource
{
    Task<PersonaActivity> GetActivityAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);
}

using Factumerit.Email.Audit;
using Factumerit.Email.Inbound;
using Factumerit.Email.Personas.Handlers.Digest;
using Factumerit.Email.Personas.Handlers.Support;
using Factumerit.Email.Storage.Stores.Audit;

namespace Factumerit.Email.Storage.Stores.Personas;

/// <summary>
/// Persona activity for the digest: <c>handled</c> audit events in the window, by handler (an <c>escalated</c> outcome
/// counts as escalated too), and the escalations nobody has picked up yet.
/// </summary>
internal sealed class AuditPersonaActivitySource(AuditLogStore audit, IEscalationStore escalations) : IPersonaActivitySource
{
    public async Task<PersonaActivity> GetActivityAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var events = await audit.BetweenAsync(from, to, cancellationToken).ConfigureAwait(false);
        var lines = events
            .Where(e => e.Kind == AuditKinds.Handled && !string.IsNullOrEmpty(e.Handler))
            .GroupBy(e => e.Handler!, StringComparer.Ordinal)
            .Select(g => new PersonaActivityLine(g.Key, g.Count(), g.Count(e => e.Outcome == InboundOutcomes.Escalated)))
            .OrderBy(l => l.Persona, StringComparer.Ordinal)
            .ToList();

        var open = 0;
        await foreach (var _ in escalations.ListOpenAsync(cancellationToken).ConfigureAwait(false))
        {
            open++;
        }
        return new PersonaActivity(lines, open);
    }
}

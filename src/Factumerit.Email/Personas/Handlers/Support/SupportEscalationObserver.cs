using Factumerit.Email.Inbound;
using Factumerit.Email.Mail;
using Factumerit.Email.Routing;

namespace Factumerit.Email.Personas.Handlers.Support;

/// <summary>
/// After the pipeline hands a thread to a person: records the escalation and schedules the reminder, for every route
/// whose config sets <c>escalation_timeout</c> (enabling it is configuration, not a handler name).
/// </summary>
public sealed class SupportEscalationObserver(EscalationFollowUps followUps, RoutingTable? routing = null) : IEscalationObserver
{
    public async Task OnEscalatedAsync(EscalationRecorded escalation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        if (escalation.Config.GetDuration("escalation_timeout") is not { } timeout)
        {
            return;
        }
        var record = new EscalationRecord(escalation.ThreadId, escalation.RouteKey, escalation.ReasonCode, escalation.EscalateTo,
            Subject: "", escalation.At);
        await followUps.OpenAsync(record, Mailbox(escalation), timeout, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The persona's own address, to send the reminder from: the route key, completed with a receiving domain.</summary>
    private string Mailbox(EscalationRecorded escalation)
    {
        var key = escalation.RouteKey;
        if (EmailAddress.TryParse(key, out var full))
        {
            return full.Address;
        }
        var domain = key.StartsWith('@') ? key[1..]
            : routing?.Domains.Order(StringComparer.Ordinal).FirstOrDefault() ?? EmailAddress.Parse(escalation.EscalateTo).Domain;
        var local = key.StartsWith('@') ? PersonaNames.Support : key;
        return $"{local}@{domain}";
    }
}

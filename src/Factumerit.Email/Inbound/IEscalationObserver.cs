namespace Factumerit.Email.Inbound;

/// <summary>A thread was handed to a human; the transcript and the acknowledgement are already queued.</summary>
/// <param name="ThreadId">The escalated thread.</param>
/// <param name="EscalateTo">The configured address the transcript went to.</param>
/// <param name="ReasonCode">The snake_case <see cref="Personas.EscalationReason"/> code.</param>
/// <param name="Config">The route's config, e.g. for <c>escalation_timeout</c>.</param>
public sealed record EscalationRecorded(
    string ThreadId,
    string RouteKey,
    string EmailId,
    string EscalateTo,
    string ReasonCode,
    string TranscriptOutboxKey,
    DateTimeOffset At,
    Routing.HandlerConfig Config);

/// <summary>
/// Called after an escalation is recorded, in the message's scope. Register any number with
/// <c>services.AddScoped&lt;IEscalationObserver, …&gt;()</c>; e.g. the support persona schedules a reminder to the
/// team if nobody picks the thread up within <c>escalation_timeout</c>. An observer that throws makes the message
/// retry: everything before it is idempotent, so it runs again with the same <see cref="EscalationRecorded"/>.
/// </summary>
public interface IEscalationObserver
{
    Task OnEscalatedAsync(EscalationRecorded escalation, CancellationToken cancellationToken);
}

namespace Factumerit.Email.Personas;

/// <summary>
/// A persona behind a mailbox. Registered as a keyed service under <see cref="Name"/>; a route's
/// <c>handler</c> picks it, and it runs in a fresh scope for each message.
/// </summary>
public interface IEmailHandler
{
    /// <summary>The handler name routes refer to; one of <see cref="PersonaNames.All"/>.</summary>
    string Name { get; }

    /// <summary>
    /// Decides what to do with one inbound message. Sending, forwarding and escalation are done by
    /// the caller from the result, so a handler stays free of transport concerns.
    /// </summary>
    Task<HandlerResult> HandleAsync(EmailContext context, CancellationToken cancellationToken);
}

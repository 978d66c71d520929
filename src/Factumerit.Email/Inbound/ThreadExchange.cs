using Factumerit.Email.Personas;

namespace Factumerit.Email.Inbound;

/// <summary>
/// One handled message to add to a thread: the sender's turn, the persona's reply if it sent one, and the
/// escalation if the handler handed over.
/// </summary>
/// <param name="Thread">The existing thread, or null to start one with <paramref name="EmailId"/> as its id.</param>
/// <param name="MessageId">The message's Message-ID, indexed so replies to it find the thread.</param>
public sealed record ThreadExchange(
    PersonaThread? Thread,
    string RouteKey,
    string EmailId,
    string? MessageId,
    ConversationTurn SenderTurn,
    ConversationTurn? PersonaTurn,
    ThreadEscalation? Escalation = null);

/// <summary>The hand-over recorded on a thread.</summary>
public sealed record ThreadEscalation(string EscalateTo, string ReasonCode);

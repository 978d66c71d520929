using Factumerit.Email.Personas;

namespace Factumerit.Email.Inbound;

/// <summary>What a handler decided about one email, with what it was shown.</summary>
public sealed record HandledEmail(
    RoutedEmail Routed,
    PersonaThread? Thread,
    IReadOnlyList<ConversationTurn> History,
    string ReplyText,
    HandlerResult Result,
    long LatencyMs);

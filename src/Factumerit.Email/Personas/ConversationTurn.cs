namespace Factumerit.Email.Personas;

/// <summary>Who wrote a turn of a persona thread.</summary>
public enum ConversationRole
{
    /// <summary>The person who mailed the persona.</summary>
    Sender,

    /// <summary>The persona's own reply.</summary>
    Persona,
}

/// <summary>One earlier message of the thread, already reduced to its new text.</summary>
/// <param name="Role">Who wrote it.</param>
/// <param name="Text">The reply text, quotes and signature stripped.</param>
/// <param name="At">When it was received or sent.</param>
/// <param name="MessageId">The RFC 5322 Message-ID, when known.</param>
public sealed record ConversationTurn(ConversationRole Role, string Text, DateTimeOffset At, string? MessageId = null);

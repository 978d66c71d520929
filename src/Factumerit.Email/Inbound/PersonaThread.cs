namespace Factumerit.Email.Inbound;

public enum PersonaThreadStatus
{
    /// <summary>The persona answers.</summary>
    Open,

    /// <summary>A human has it: new messages are forwarded to <see cref="PersonaThread.EscalateTo"/>, the persona stays quiet.</summary>
    Escalated,
}

/// <summary>A conversation between one sender and one persona route, found by the messages' Message-IDs.</summary>
/// <param name="Id">The thread id: the email id of its first message.</param>
/// <param name="TurnCount">How many times the persona has replied in it.</param>
/// <param name="EscalateTo">The configured address the thread was handed to, once escalated.</param>
/// <param name="LastEmailId">The last email recorded, so a redelivered message is not counted twice.</param>
public sealed record PersonaThread(
    string Id,
    string RouteKey,
    int TurnCount,
    PersonaThreadStatus Status,
    string? EscalateTo = null,
    string? EscalationReason = null,
    string? LastEmailId = null)
{
    /// <summary>The store's concurrency token (an ETag) of the state read; updates are made only against it.</summary>
    public string? Version { get; init; }
}

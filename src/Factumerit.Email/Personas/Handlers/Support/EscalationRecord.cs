namespace Factumerit.Email.Personas.Handlers.Support;

/// <summary>A support thread handed to a person, and whether anyone has picked it up.</summary>
/// <param name="ThreadKey">The persona thread id (or the first message's id when the thread had none yet).</param>
/// <param name="ReasonCode">The escalation reason's snake_case code.</param>
/// <param name="EscalateTo">The configured address the thread went to.</param>
/// <param name="PickedUpBy">Who marked it picked up: an address hash, "cli" or "api"; never a raw address.</param>
public sealed record EscalationRecord(
    string ThreadKey,
    string RouteKey,
    string ReasonCode,
    string EscalateTo,
    string Subject,
    DateTimeOffset EscalatedAt,
    DateTimeOffset? PickedUpAt = null,
    string? PickedUpBy = null,
    DateTimeOffset? RemindedAt = null)
{
    public bool IsPickedUp => PickedUpAt is not null;
}

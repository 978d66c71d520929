namespace Factumerit.Email.Personas.Handlers.Onboard;

/// <summary>Where a new user is in the onboarding sequence.</summary>
/// <param name="FirstMessageId">The message that started it; handling that message again is not a "later reply".</param>
/// <param name="StopReason"><c>replied</c> or <c>unsubscribed</c> once the follow-ups were stopped.</param>
public sealed record OnboardingState(
    string Email,
    string UserId,
    DateTimeOffset StartedAt,
    string FirstMessageId,
    DateTimeOffset? StoppedAt = null,
    string? StopReason = null)
{
    public bool IsActive => StoppedAt is null;
}

using Factumerit.Email.Triage.Learning;

namespace Factumerit.Email.Triage.Onboarding;

/// <param name="Answer">The folder the user already gave for it in onboarding, if any.</param>
public sealed record OnboardingItem(OnboardingCandidate Email, string? Answer);

public enum OnboardingOutcomeKind
{
    Recorded,

    /// <summary>The user answered this email before: the first answer stands and nothing is recorded.</summary>
    AlreadyAnswered,
    NotFound,
    InvalidFolder,
}

public sealed record OnboardingOutcome(OnboardingOutcomeKind Kind, TrainingExample? Example = null, SenderRule? Rule = null);

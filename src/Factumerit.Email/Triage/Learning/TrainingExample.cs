namespace Factumerit.Email.Triage.Learning;

/// <summary>A user confirmation or correction of a triage decision (spec 003 "Training Data Schema").</summary>
/// <param name="Source">See <see cref="TrainingSources"/>.</param>
public sealed record TrainingExample(
    string Mailbox,
    string ThreadId,
    string FromDomain,
    string Subject,
    string AiSuggestion,
    string UserChoice,
    bool WasCorrection,
    string Source,
    DateTimeOffset CreatedAt)
{
    /// <summary>The sender's address when known (spec 003's <c>from_address</c>); rules key on the domain.</summary>
    public string FromAddress { get; init; } = "";
}

public static class TrainingSources
{
    public const string Onboarding = "onboarding";
    public const string ReviewFolder = "review_folder";
    public const string ManualMove = "manual_move";
}

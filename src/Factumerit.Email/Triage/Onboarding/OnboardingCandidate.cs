namespace Factumerit.Email.Triage.Onboarding;

/// <summary>One recent email the onboarding selection may pick, with triage's existing suggestion for it.</summary>
/// <param name="From">The sender's address; the user's own data, shown to them, never logged.</param>
/// <param name="Suggestion">The folder triage already chose or suggested for the thread: the AI's pre-classification.</param>
/// <param name="SuggestionSource">How that suggestion was made (<c>llm</c>, <c>pattern-fallback</c>, ...).</param>
public sealed record OnboardingCandidate(
    string MessageId,
    string ThreadId,
    string? From,
    string Domain,
    string Subject,
    DateTimeOffset ReceivedAt,
    bool HasAttachment,
    string Suggestion,
    double Confidence,
    string SuggestionSource);

namespace Factumerit.Email.Assistant.Classification;

/// <summary>Everything the classifier decided about one email, and what it cost.</summary>
/// <param name="Confidence"><c>high</c>, <c>medium</c> or <c>low</c>.</param>
/// <param name="Tier">See <see cref="ClassificationTier"/>.</param>
/// <param name="AutomatedRule">The rule code that marked the mail automated, or null.</param>
/// <param name="Fallback">Why the LLM's answer was not used (API error, parse error, unknown category), or null.</param>
/// <param name="LlmAnswer">The model's raw answer, for the triage hook and the CLI; null without an LLM call.</param>
public sealed record ClassificationResult(
    string Category,
    string Confidence,
    string Reasoning,
    string Language,
    string Style,
    bool IsAutomated,
    string? AutomatedRule,
    string Tier,
    int LlmCalls,
    int PromptTokens,
    int CompletionTokens,
    string? Fallback = null,
    string? LlmAnswer = null,
    string? LlmStyle = null,
    string? LlmLanguage = null)
{
    /// <summary>The safety net turned the LLM's needs_response into fyi because the mail is automated.</summary>
    public bool SafetyNetApplied { get; init; }
}

namespace Factumerit.Email.Assistant.Eval;

/// <summary>How the classifier did on one fixture.</summary>
public sealed record EvalResult(
    string Id,
    string Group,
    string Expected,
    string Actual,
    string Tier,
    string Confidence,
    string? Rule,
    int LlmCalls,
    int PromptTokens,
    int CompletionTokens,
    string Reasoning,
    string? Fallback)
{
    public bool Correct => string.Equals(Expected, Actual, StringComparison.Ordinal);
}

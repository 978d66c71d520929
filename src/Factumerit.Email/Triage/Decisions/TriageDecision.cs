namespace Factumerit.Email.Triage.Decisions;

/// <summary>Where a thread goes and why (spec 003 "Classification Result Type" and "Classification Log").</summary>
/// <param name="FinalFolder">After the threshold and the special rules: where the thread is put.</param>
/// <param name="SuggestedFolder">What the model (or the pattern, or the rule) suggested; kept when the thread goes to Review.</param>
/// <param name="Source">See <see cref="TriageSources"/>.</param>
public sealed record TriageDecision(
    string FinalFolder,
    string SuggestedFolder,
    double Confidence,
    string Source,
    string Reasoning,
    string PatternFolder,
    double PatternConfidence,
    IReadOnlyList<string> Tags,
    string? LlmFolder = null,
    double? LlmConfidence = null,
    bool? PatternAgreed = null,
    DateTimeOffset? SnoozeUntil = null,
    int? AutoDeleteMinutes = null)
{
    public bool Has(string tag) => Tags.Contains(tag, StringComparer.OrdinalIgnoreCase);
}

public static class TriageSources
{
    public const string Llm = "llm";
    public const string PatternFallback = "pattern-fallback";
    public const string SenderRule = "sender_rule";
    public const string Vip = "vip";
    public const string UserOverride = "user-override";
    public const string UserAccepted = "user-accepted";
}

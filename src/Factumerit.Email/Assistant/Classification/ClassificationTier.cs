namespace Factumerit.Email.Assistant.Classification;

/// <summary>Which part of the classifier made the decision.</summary>
public static class ClassificationTier
{
    /// <summary>The rule tier marked the mail automated and the LLM was skipped.</summary>
    public const string Rule = "rule";

    /// <summary>The LLM classified it (the safety net may still have turned needs_response into fyi).</summary>
    public const string Llm = "llm";

    /// <summary>The user sent the thread's last message: waiting, no LLM needed.</summary>
    public const string Thread = "thread";

    /// <summary>The LLM failed or answered nonsense: needs_response with low confidence.</summary>
    public const string Fallback = "fallback";

    public static IReadOnlyList<string> All { get; } = [Rule, Llm, Thread, Fallback];
}

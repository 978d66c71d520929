namespace Factumerit.Email.Assistant.Classification;

/// <summary>What the LLM tier concluded, after its fallbacks; <see cref="Fallback"/> says why the answer was not used.</summary>
public sealed record LlmVerdict(
    string Category,
    string Confidence,
    string Reasoning,
    string? Language,
    string? Style,
    string? Fallback,
    string? RawAnswer,
    int Calls,
    int PromptTokens,
    int CompletionTokens);

namespace Factumerit.Email.Llm;

/// <summary>What the model answered and what it cost.</summary>
/// <param name="Text">The assistant message; empty when the model returned no content.</param>
/// <param name="Model">The model the service reports having used (may differ from the deployment name asked for).</param>
/// <param name="Truncated">True when generation stopped at the output budget, so the text may be cut off.</param>
public sealed record LlmResponse(
    string Text,
    string Model,
    int PromptTokens,
    int CompletionTokens,
    TimeSpan Latency,
    bool Truncated = false);

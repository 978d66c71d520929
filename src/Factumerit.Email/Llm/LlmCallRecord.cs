namespace Factumerit.Email.Llm;

/// <summary>
/// One model call for the audit table. It holds email text, so it goes to the audit store only, never to a logger.
/// </summary>
/// <param name="Model">The model that answered, or the one asked for when the call failed.</param>
/// <param name="ResponseText">The answer, or null when the call failed.</param>
/// <param name="Error">Why the call failed (failure kind, status, error code), or null on success.</param>
public sealed record LlmCallRecord(
    LlmUseCase UseCase,
    string Model,
    string SystemPrompt,
    string UserContent,
    string? ResponseText,
    int PromptTokens,
    int CompletionTokens,
    TimeSpan Latency,
    DateTimeOffset StartedAt,
    string? Error)
{
    public bool Succeeded => Error is null;
}

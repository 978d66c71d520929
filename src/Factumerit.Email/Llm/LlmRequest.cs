namespace Factumerit.Email.Llm;

/// <summary>
/// One chat completion. <paramref name="SystemPrompt"/> is ours and trusted; anything quoted from an email
/// belongs in <paramref name="UserContent"/>, wrapped with <see cref="UntrustedContent.Wrap"/>.
/// </summary>
public sealed record LlmRequest(LlmUseCase UseCase, string SystemPrompt, string UserContent)
{
    /// <summary>Sampling temperature (0 to 2); null means the use case's default.</summary>
    public float? Temperature { get; init; }

    /// <summary>Upper bound on generated tokens; null means the use case's default.</summary>
    public int? MaxOutputTokens { get; init; }

    /// <summary>Asks for a JSON object (<c>response_format: json_object</c>); the prompt must mention JSON.</summary>
    public bool JsonMode { get; init; }

    public float EffectiveTemperature => Temperature ?? DefaultTemperature(UseCase);

    public int EffectiveMaxOutputTokens => MaxOutputTokens ?? DefaultMaxOutputTokens(UseCase);

    /// <summary>Deterministic for decisions and extraction, so a retried message gets the same answer.</summary>
    public static float DefaultTemperature(LlmUseCase useCase) => useCase switch
    {
        LlmUseCase.Draft or LlmUseCase.Persona => 0.5f,
        _ => 0f,
    };

    /// <summary>Budgets keep a runaway answer from costing more than the job is worth.</summary>
    public static int DefaultMaxOutputTokens(LlmUseCase useCase) => useCase switch
    {
        LlmUseCase.Classify => 256,
        LlmUseCase.Extract or LlmUseCase.Context => 512,
        _ => 1024,
    };
}

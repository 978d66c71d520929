using System.ComponentModel.DataAnnotations;
using Factumerit.Email.Llm;

namespace Factumerit.Email.Providers.Llm;

/// <summary>
/// Section "Llm". Endpoint is the API base that "chat/completions" is appended to:
/// <c>https://{resource}.openai.azure.com/openai/v1/</c>, <c>https://api.openai.com/v1/</c>,
/// <c>http://localhost:11434/v1/</c> (Ollama). No endpoint means the LLM is off.
/// </summary>
public sealed class LlmOptions : IValidatableObject
{
    public const string SectionName = "Llm";

    public string? Endpoint { get; set; }

    /// <summary>
    /// Sent as <c>Authorization: Bearer</c>. Without a key, an Azure endpoint authenticates with an Entra token
    /// (managed identity), and any other endpoint is called without credentials (Ollama).
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>The model (Azure: deployment name) for classification, extraction, and anything without its own.</summary>
    public string? Model { get; set; }

    /// <summary>For drafts and persona replies; falls back to <see cref="Model"/>.</summary>
    public string? DraftModel { get; set; }

    /// <summary>For summarising related mail; falls back to <see cref="Model"/>.</summary>
    public string? ContextModel { get; set; }

    /// <summary>Retries after the first attempt on 408/429/5xx and network errors.</summary>
    [Range(0, 5)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>Per attempt; drafts on large models can take tens of seconds.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 60;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Endpoint);

    /// <summary>The endpoint as a URI; only meaningful when <see cref="IsEnabled"/> and validated.</summary>
    public Uri GetEndpointUri() => new(Endpoint!.Trim(), UriKind.Absolute);

    public string ModelFor(LlmUseCase useCase)
    {
        var specific = useCase switch
        {
            LlmUseCase.Draft or LlmUseCase.Persona => DraftModel,
            LlmUseCase.Context => ContextModel,
            _ => null,
        };
        return string.IsNullOrWhiteSpace(specific) ? Model! : specific;
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsEnabled)
        {
            yield break;
        }
        if (!Uri.TryCreate(Endpoint!.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult("Llm:Endpoint must be an absolute http(s) URL.", [nameof(Endpoint)]);
        }
        if (string.IsNullOrWhiteSpace(Model))
        {
            yield return new ValidationResult("Llm:Model is required when Llm:Endpoint is set.", [nameof(Model)]);
        }
    }
}

namespace Factumerit.Email.Llm;

/// <summary>Why a model call produced no answer.</summary>
public enum LlmFailure
{
    /// <summary>No endpoint is configured: LLM features are off.</summary>
    NotConfigured,
    /// <summary>401/403: the key or token was refused.</summary>
    Unauthorized,
    /// <summary>429 after the retries ran out.</summary>
    RateLimited,
    /// <summary>Another 4xx: the service refused this request (context length, content filter, unknown model).</summary>
    Rejected,
    /// <summary>5xx after the retries ran out.</summary>
    ServiceError,
    /// <summary>The network timeout elapsed.</summary>
    Timeout,
    /// <summary>The service could not be reached.</summary>
    Network,
    /// <summary>The service answered 2xx with a body that is not a chat completion.</summary>
    InvalidResponse,
}

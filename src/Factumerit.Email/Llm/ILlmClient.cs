namespace Factumerit.Email.Llm;

/// <summary>The one way the application talks to a language model.</summary>
public interface ILlmClient
{
    /// <summary>Runs one chat completion.</summary>
    /// <exception cref="ArgumentException">The request is invalid; nothing was sent.</exception>
    /// <exception cref="LlmUnavailableException">
    /// No endpoint is configured, or the service failed after bounded retries. Callers apply the documented
    /// fallbacks (classify as <c>needs_response</c> with low confidence, draft error marker, skip context).
    /// </exception>
    Task<LlmResponse> CompleteAsync(LlmRequest request, CancellationToken cancellationToken = default);
}

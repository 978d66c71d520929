namespace Factumerit.Email.Llm;

/// <summary>The model gave no answer; the caller falls back as the design says.</summary>
public sealed class LlmUnavailableException : Exception
{
    public LlmUnavailableException(LlmFailure failure, string message, int status = 0, string? errorCode = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
        Status = status;
        ErrorCode = errorCode;
    }

    public LlmFailure Failure { get; }

    /// <summary>The HTTP status of the last attempt, or 0 when no response was received.</summary>
    public int Status { get; }

    /// <summary>The service's error code (<c>error.code</c>, else <c>error.type</c>), when it sent one.</summary>
    public string? ErrorCode { get; }

    public static LlmUnavailableException NotConfigured() =>
        new(LlmFailure.NotConfigured, "No LLM endpoint is configured (Llm:Endpoint); LLM features are off.");
}

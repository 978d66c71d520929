namespace Factumerit.Email.IntegrationTests.Fakes.Llm;

/// <summary>What the fake answers: a chat completion, an HTTP error in OpenAI's shape, or a raw body.</summary>
public sealed record FakeChatReply
{
    public int Status { get; init; } = 200;
    public string Content { get; init; } = "";
    /// <summary>Null means "echo the requested model".</summary>
    public string? Model { get; init; }
    /// <summary>Null means estimated from the prompt's length.</summary>
    public int? PromptTokens { get; init; }
    /// <summary>Null means estimated from the content's length.</summary>
    public int? CompletionTokens { get; init; }
    public string FinishReason { get; init; } = "stop";
    public string? ErrorCode { get; init; }
    public string? ErrorType { get; init; }
    public string? ErrorMessage { get; init; }
    /// <summary>Sent as the <c>retry-after</c> header (seconds) on errors.</summary>
    public int? RetryAfterSeconds { get; init; }
    /// <summary>When set, sent verbatim instead of a rendered completion or error.</summary>
    public string? RawBody { get; init; }

    public static FakeChatReply Text(string content, int? promptTokens = null, int? completionTokens = null) =>
        new() { Content = content, PromptTokens = promptTokens, CompletionTokens = completionTokens };

    /// <summary>An answer that is not JSON, for testing a caller's fallback on a parse failure.</summary>
    public static FakeChatReply MalformedContent() =>
        Text("I think this email is probably a newsletter, but I am not sure what you want me to return.");

    /// <summary>A 200 whose body is not a chat completion.</summary>
    public static FakeChatReply MalformedBody() => new() { RawBody = "{\"id\":\"chatcmpl-broken\",\"choices\":[" };

    public static FakeChatReply Error(int status, string? code = null, string? message = null) => new()
    {
        Status = status,
        ErrorCode = code ?? DefaultCode(status),
        ErrorType = status >= 500 ? "server_error" : "invalid_request_error",
        ErrorMessage = message ?? $"Fake error {status}.",
    };

    public static FakeChatReply ServerError() => Error(500, "server_error", "The server had an error while processing your request.");

    public static FakeChatReply RateLimited(int retryAfterSeconds = 1) =>
        Error(429, "rate_limit_exceeded", "Rate limit reached.") with { RetryAfterSeconds = retryAfterSeconds };

    private static string? DefaultCode(int status) => status switch
    {
        401 => "invalid_api_key",
        404 => "model_not_found",
        429 => "rate_limit_exceeded",
        _ => null,
    };
}

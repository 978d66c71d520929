using Factumerit.Email.Llm;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Providers.Llm;

/// <summary>Metadata only: prompts and answers hold email text and go to the audit sink, never here.</summary>
internal static partial class LlmLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information,
        Message = "LLM {UseCase} call to {Model} completed: {PromptTokens} prompt + {CompletionTokens} completion tokens in {LatencyMs} ms")]
    public static partial void CallCompleted(ILogger logger, LlmUseCase useCase, string model, int promptTokens,
        int completionTokens, long latencyMs);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning,
        Message = "LLM {UseCase} call to {Model} failed: {Failure}, status {Status}, code {ErrorCode}, after {LatencyMs} ms")]
    public static partial void CallFailed(ILogger logger, LlmUseCase useCase, string model, LlmFailure failure,
        int status, string? errorCode, long latencyMs);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Debug,
        Message = "LLM {UseCase} call skipped: no endpoint is configured")]
    public static partial void NotConfigured(ILogger logger, LlmUseCase useCase);
}

using Factumerit.Email.Llm;
using Microsoft.Extensions.Logging;
using OpenAI.Chat;

namespace Factumerit.Email.Providers.Llm;

/// <summary>
/// <see cref="ILlmClient"/> over the OpenAI library's chat completions, against any OpenAI-compatible endpoint.
/// Every call that reaches the network is handed to the audit sink, whether it succeeds or fails.
/// </summary>
internal sealed class OpenAiLlmClient(
    LlmChatClients clients,
    ILlmAuditSink auditSink,
    TimeProvider timeProvider,
    ILogger<OpenAiLlmClient> logger) : ILlmClient
{
    public async Task<LlmResponse> CompleteAsync(LlmRequest request, CancellationToken cancellationToken = default)
    {
        LlmRequestValidation.Validate(request);
        if (!clients.IsEnabled)
        {
            LlmLog.NotConfigured(logger, request.UseCase);
            throw LlmUnavailableException.NotConfigured();
        }

        var model = clients.ModelFor(request.UseCase);
        var startedAt = timeProvider.GetUtcNow();
        var started = timeProvider.GetTimestamp();
        LlmResponse response;
        try
        {
            var result = await clients.For(request.UseCase)
                .CompleteChatAsync(ToMessages(request), ToOptions(request), cancellationToken)
                .ConfigureAwait(false);
            response = ToResponse(result.Value, model, timeProvider.GetElapsedTime(started));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await AuditAsync(request, model, null, startedAt, started, "Canceled by the caller.").ConfigureAwait(false);
            throw;
        }
        catch (Exception ex) when (LlmErrors.TryMap(ex, cancellationToken, out var failure))
        {
            var latency = await AuditAsync(request, model, null, startedAt, started, $"{failure.Failure}: {failure.Message}")
                .ConfigureAwait(false);
            LlmLog.CallFailed(logger, request.UseCase, model, failure.Failure, failure.Status, failure.ErrorCode,
                (long)latency.TotalMilliseconds);
            throw failure;
        }

        await AuditAsync(request, response.Model, response, startedAt, started, null).ConfigureAwait(false);
        LlmLog.CallCompleted(logger, request.UseCase, response.Model, response.PromptTokens, response.CompletionTokens,
            (long)response.Latency.TotalMilliseconds);
        return response;
    }

    private async Task<TimeSpan> AuditAsync(LlmRequest request, string model, LlmResponse? response,
        DateTimeOffset startedAt, long started, string? error)
    {
        var latency = response?.Latency ?? timeProvider.GetElapsedTime(started);
        var record = new LlmCallRecord(request.UseCase, model, request.SystemPrompt, request.UserContent,
            response?.Text, response?.PromptTokens ?? 0, response?.CompletionTokens ?? 0, latency, startedAt, error);
        // Not the caller's token: a call that was paid for is recorded even when the caller gives up.
        await auditSink.RecordAsync(record, CancellationToken.None).ConfigureAwait(false);
        return latency;
    }

    private static ChatMessage[] ToMessages(LlmRequest request) =>
        [new SystemChatMessage(request.SystemPrompt), new UserChatMessage(request.UserContent)];

    private static ChatCompletionOptions ToOptions(LlmRequest request)
    {
        var options = new ChatCompletionOptions
        {
            Temperature = request.EffectiveTemperature,
            MaxOutputTokenCount = request.EffectiveMaxOutputTokens,
        };
        if (request.JsonMode)
        {
            options.ResponseFormat = ChatResponseFormat.CreateJsonObjectFormat();
        }
        return options;
    }

    private static LlmResponse ToResponse(ChatCompletion completion, string requestedModel, TimeSpan latency)
    {
        try
        {
            var text = string.Concat(completion.Content
                .Where(part => part.Kind == ChatMessageContentPartKind.Text)
                .Select(part => part.Text));
            return new LlmResponse(
                text,
                string.IsNullOrEmpty(completion.Model) ? requestedModel : completion.Model,
                completion.Usage?.InputTokenCount ?? 0,
                completion.Usage?.OutputTokenCount ?? 0,
                latency,
                completion.FinishReason == ChatFinishReason.Length);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            // The library indexes the first choice; a JSON body without one fails here.
            throw LlmErrors.InvalidResponse(ex);
        }
    }
}

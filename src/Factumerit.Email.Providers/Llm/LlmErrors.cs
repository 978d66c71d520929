using System.ClientModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Factumerit.Email.Llm;

namespace Factumerit.Email.Providers.Llm;

/// <summary>Maps what the OpenAI library throws to <see cref="LlmUnavailableException"/>.</summary>
internal static class LlmErrors
{
    /// <summary>False for exceptions that are not service failures (caller cancellation, our own bugs).</summary>
    public static bool TryMap(Exception exception, CancellationToken cancellationToken,
        [NotNullWhen(true)] out LlmUnavailableException? mapped)
    {
        mapped = exception switch
        {
            // The retry policy aggregates the attempts' failures; the last one says how the call ended.
            AggregateException { InnerExceptions.Count: > 0 } e =>
                TryMap(e.InnerExceptions[^1], cancellationToken, out var last) ? last : null,
            ClientResultException { Status: 0 } e => new(LlmFailure.Network, "The LLM endpoint could not be reached.", 0, null, e),
            ClientResultException e => FromStatus(e),
            OperationCanceledException e when !cancellationToken.IsCancellationRequested =>
                new(LlmFailure.Timeout, "The LLM call timed out.", 0, null, e),
            HttpRequestException or IOException =>
                new(LlmFailure.Network, "The LLM endpoint could not be reached.", 0, null, exception),
            LlmUnavailableException e => e,
            // A 2xx whose body is not JSON: the library fails while reading it.
            JsonException => InvalidResponse(exception),
            _ => null,
        };
        return mapped is not null;
    }

    public static LlmUnavailableException InvalidResponse(Exception exception) =>
        new(LlmFailure.InvalidResponse, "The LLM endpoint answered with something that is not a chat completion.", 0, null, exception);

    private static LlmUnavailableException FromStatus(ClientResultException e)
    {
        var failure = e.Status switch
        {
            401 or 403 => LlmFailure.Unauthorized,
            408 => LlmFailure.Timeout,
            429 => LlmFailure.RateLimited,
            >= 500 => LlmFailure.ServiceError,
            _ => LlmFailure.Rejected,
        };
        var (code, message) = ReadError(e);
        var text = $"The LLM call failed with HTTP {e.Status}" + (code is null ? "." : $" ({code}).");
        return new LlmUnavailableException(failure, message is null ? text : $"{text} {message}", e.Status, code, e);
    }

    /// <summary>OpenAI and Azure both answer <c>{"error":{"code","type","message"}}</c>; anything else yields nulls.</summary>
    private static (string? Code, string? Message) ReadError(ClientResultException e)
    {
        var content = e.GetRawResponse()?.Content;
        if (content is null || content.ToMemory().IsEmpty)
        {
            return (null, null);
        }
        try
        {
            using var doc = JsonDocument.Parse(content.ToMemory());
            if (!doc.RootElement.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }
            return (Text(error, "code") ?? Text(error, "type"), Text(error, "message"));
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static string? Text(JsonElement error, string name) =>
        error.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? value.ToString()
            : null;
}

using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Factumerit.Email.Providers.Resend;

/// <summary>
/// The retry policy for Resend: 429 (after <c>retry-after</c> when it is short enough), 5xx, and a 409 for a
/// concurrent request with the same idempotency key. Validation and auth errors are never retried. Network errors
/// and attempt timeouts are retried only for requests that cannot send twice: GETs and idempotency-keyed POSTs.
/// </summary>
internal static class ResendResilience
{
    public static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("Factumerit.Resend.Request");

    public static ResiliencePipeline<HttpResponseMessage> Build(ResendOptions options, TimeProvider timeProvider, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                ShouldHandle = args => ShouldRetryAsync(args.Outcome, args.Context, options, timeProvider),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, timeProvider)),
                OnRetry = args =>
                {
                    Log.Retrying(logger, (int?)args.Outcome.Result?.StatusCode ?? 0, args.AttemptNumber + 1, args.RetryDelay);
                    return default;
                },
            });
        }
        return builder.AddTimeout(options.AttemptTimeout).Build();
    }

    private static async ValueTask<bool> ShouldRetryAsync(
        Outcome<HttpResponseMessage> outcome, ResilienceContext context, ResendOptions options, TimeProvider timeProvider)
    {
        if (outcome.Exception is HttpRequestException or TimeoutRejectedException)
        {
            return context.Properties.TryGetValue(RequestKey, out var request) && CannotSendTwice(request);
        }
        if (outcome.Result is not { } response)
        {
            return false;
        }
        var status = (int)response.StatusCode;
        return status switch
        {
            (int)HttpStatusCode.TooManyRequests => (RetryAfter(response, timeProvider) ?? TimeSpan.Zero) <= options.MaxRetryAfter,
            (int)HttpStatusCode.Conflict => await ResendErrors.PeekNameAsync(response, context.CancellationToken).ConfigureAwait(false)
                == ResendApiException.ConcurrentIdempotentRequests,
            (int)HttpStatusCode.NotImplemented => false,
            >= 500 => true,
            _ => false,
        };
    }

    private static bool CannotSendTwice(HttpRequestMessage request) =>
        request.Method == HttpMethod.Get || request.Headers.Contains("Idempotency-Key");

    /// <summary>The server-requested wait of a 429, or null to fall back to exponential backoff.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider timeProvider)
    {
        if (response is not { StatusCode: HttpStatusCode.TooManyRequests } || response.Headers.RetryAfter is not { } retryAfter)
        {
            return null;
        }
        var delay = retryAfter.Delta ?? (retryAfter.Date - timeProvider.GetUtcNow());
        return delay is { } value && value > TimeSpan.Zero ? value : TimeSpan.Zero;
    }
}

using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Factumerit.Email.Providers.Gmail.Http;

/// <summary>Bounded exponential back-off with jitter, timed on the injected clock; honours Retry-After.</summary>
internal static class GmailResilience
{
    public static ResiliencePipeline<HttpResponseMessage> CreatePipeline(GmailOptions options, TimeProvider timeProvider,
        ILogger logger)
    {
        if (options.MaxRetries == 0)
        {
            return ResiliencePipeline<HttpResponseMessage>.Empty;
        }
        var retry = new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = options.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryBaseDelay,
            MaxDelay = options.RetryMaxDelay,
            ShouldHandle = args => GmailRetryPredicate.ShouldRetryAsync(args.Outcome.Result, args.Outcome.Exception, args.Context.CancellationToken),
            DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, options.RetryMaxDelay)),
            OnRetry = args =>
            {
                GmailLog.Retrying(logger, Operation(args.Outcome.Result), (int?)args.Outcome.Result?.StatusCode ?? 0,
                    args.AttemptNumber + 1, (long)args.RetryDelay.TotalMilliseconds);
                return ValueTask.CompletedTask;
            },
        };
        return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .AddRetry(retry)
            .Build();
    }

    // Null lets Polly compute the exponential delay; a server-sent Retry-After wins, capped by our maximum.
    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan max)
    {
        var delta = response?.Headers.RetryAfter?.Delta;
        return delta is { } wait && wait > TimeSpan.Zero ? (wait < max ? wait : max) : null;
    }

    private static string Operation(HttpResponseMessage? response) =>
        response?.RequestMessage is { } request && request.Options.TryGetValue(GmailRequestContext.Key, out var context)
            ? context.Operation.Name
            : "unknown";
}

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace Factumerit.Email.Providers.Resend;

/// <summary>Runs each request through <see cref="ResendResilience"/>; it sits outside the auth handler.</summary>
internal sealed class ResendRetryHandler(
    IOptions<ResendOptions> options, TimeProvider timeProvider, ILogger<ResendRetryHandler> logger) : DelegatingHandler
{
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline = ResendResilience.Build(options.Value, timeProvider, logger);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(ResendResilience.RequestKey, request);
        try
        {
            return await _pipeline.ExecuteAsync(
                static (ctx, state) => new ValueTask<HttpResponseMessage>(state.Send(state.request, ctx.CancellationToken)),
                context,
                (Send: (Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>)base.SendAsync, request))
                .ConfigureAwait(false);
        }
        catch (TimeoutRejectedException ex)
        {
            // Callers should not need to know Polly: a hung attempt surfaces as a plain TimeoutException.
            throw new TimeoutException($"Resend did not answer within {options.Value.AttemptTimeout}.", ex);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }
}

using Polly;

namespace Factumerit.Email.Providers.Gmail.Http;

/// <summary>
/// Runs each request through the retry pipeline. Gmail request bodies are buffered JSON, so the same request
/// message can be sent again from inside the handler chain.
/// </summary>
internal sealed class GmailRetryHandler(ResiliencePipeline<HttpResponseMessage> pipeline) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        await pipeline.ExecuteAsync(
            static async (state, token) => await state.Handler.SendCoreAsync(state.Request, token).ConfigureAwait(false),
            (Handler: this, Request: request),
            cancellationToken).ConfigureAwait(false);

    private Task<HttpResponseMessage> SendCoreAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}

using System.Collections.Concurrent;
using System.Globalization;
using System.Web;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Factumerit.Email.IntegrationTests.Scheduling;

/// <summary>
/// A pipeline policy on the real queue client that notes the visibility delay of each message sent, and can make
/// sends fail the way an outage does. The requests that pass go to Azurite unchanged.
/// </summary>
internal sealed class TimerSendRecorder : HttpPipelinePolicy
{
    public ConcurrentQueue<TimeSpan> Delays { get; } = new();

    public bool FailSends { get; set; }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        IsSend(message) ? SendAsync(message, pipeline) : ProcessNextAsync(message, pipeline);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("The scheduler only sends asynchronously.");

    private async ValueTask SendAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (FailSends)
        {
            throw new RequestFailedException(503, "Injected: the queue service is unavailable.");
        }
        await ProcessNextAsync(message, pipeline);
        if (message.Response.Status == 201)
        {
            var query = HttpUtility.ParseQueryString(message.Request.Uri.ToUri().Query);
            Delays.Enqueue(TimeSpan.FromSeconds(long.Parse(query["visibilitytimeout"] ?? "0", CultureInfo.InvariantCulture)));
        }
    }

    private static bool IsSend(HttpMessage message) =>
        message.Request.Method == RequestMethod.Post && message.Request.Uri.Path.EndsWith("/messages", StringComparison.Ordinal);
}

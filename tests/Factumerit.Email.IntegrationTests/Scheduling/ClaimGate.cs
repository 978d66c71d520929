using Azure.Core;
using Azure.Core.Pipeline;

namespace Factumerit.Email.IntegrationTests.Scheduling;

/// <summary>
/// Holds updates of schedule rows on the real table client until <paramref name="parties"/> of them have arrived, so
/// several workers are made to read the same version before any of them writes. Later writes pass straight through.
/// </summary>
internal sealed class ClaimGate(int parties) : HttpPipelinePolicy
{
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (message.Request.Method == RequestMethod.Put
            && message.Request.Uri.Path.Contains("PartitionKey='s_", StringComparison.Ordinal)
            && !_open.Task.IsCompleted)
        {
            if (Interlocked.Increment(ref _arrived) >= parties)
            {
                _open.TrySetResult();
            }
            await _open.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        await ProcessNextAsync(message, pipeline);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("The scheduler only writes asynchronously.");
}

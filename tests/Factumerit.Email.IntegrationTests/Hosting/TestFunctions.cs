using System.Collections.Concurrent;
using Factumerit.Email.Functions.Hosting;

namespace Factumerit.Email.IntegrationTests.Hosting;

internal sealed class InvocationRecorder
{
    public ConcurrentQueue<QueueInvocation> Queue { get; } = new();
    public ConcurrentQueue<TimerInvocation> Timer { get; } = new();
}

internal sealed class RecordingQueueFunction(InvocationRecorder recorder) : IQueueFunction
{
    public Task RunAsync(QueueInvocation invocation, CancellationToken cancellationToken)
    {
        recorder.Queue.Enqueue(invocation);
        return Task.CompletedTask;
    }
}

internal sealed class ThrowingQueueFunction : IQueueFunction
{
    public Task RunAsync(QueueInvocation invocation, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The downstream service is down.");
}

internal sealed class RecordingTimerFunction(InvocationRecorder recorder) : ITimerFunction
{
    public Task RunAsync(TimerInvocation invocation, CancellationToken cancellationToken)
    {
        recorder.Timer.Enqueue(invocation);
        return Task.CompletedTask;
    }
}

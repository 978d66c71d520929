using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.Storage.Scheduler;

namespace Factumerit.Email.Functions.Functions.Scheduling;

/// <summary>
/// The <c>timers</c> queue: one delivery of a scheduled action's timer. Every outcome acknowledges the message; a
/// handler failure or an unknown action throws, so the queue retries and then poisons it.
/// </summary>
public sealed class TimersFunction(ScheduledActionRunner runner) : IQueueFunction
{
    public async Task RunAsync(QueueInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        await runner.FireAsync(TimerMessage.Parse(invocation.MessageText), cancellationToken).ConfigureAwait(false);
    }
}

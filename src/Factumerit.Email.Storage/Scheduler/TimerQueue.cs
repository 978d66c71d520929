using Factumerit.Email.Storage.Queues;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Storage.Scheduler;

/// <summary>Sends timer messages, each delayed by at most one hop (<see cref="SchedulerOptions.MaxHop"/>).</summary>
internal sealed class TimerQueue(QueueServiceClient queues, IOptions<SchedulerOptions> options)
{
    private readonly QueueClient _queue = queues.GetQueueClient(options.Value.QueueName);
    private readonly TimeSpan _maxHop = options.Value.MaxHop;
    private volatile bool _queueReady;

    /// <summary>The delay before a message sent at <paramref name="now"/> for <paramref name="wakeAt"/> should appear.</summary>
    public static TimeSpan HopDelay(DateTimeOffset wakeAt, DateTimeOffset now, TimeSpan maxHop)
    {
        var remaining = wakeAt - now;
        return remaining <= TimeSpan.Zero ? TimeSpan.Zero : remaining < maxHop ? remaining : maxHop;
    }

    /// <summary>Sends the timer of schedule <paramref name="id"/>, to appear at <paramref name="wakeAt"/> or one hop from now.</summary>
    /// <returns>The delay the message was sent with.</returns>
    public async Task<TimeSpan> SendAsync(string id, DateTimeOffset dueAt, DateTimeOffset wakeAt, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (!_queueReady)
        {
            await _queue.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            _queueReady = true;
        }
        var delay = HopDelay(wakeAt, now, _maxHop);
        await _queue.SendMessageAsync(new TimerMessage(id, dueAt).ToJson(), delay, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return delay;
    }
}

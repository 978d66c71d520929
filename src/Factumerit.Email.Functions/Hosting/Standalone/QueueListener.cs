using Factumerit.Email.Storage.Queues;

namespace Factumerit.Email.Functions.Hosting.Standalone;

/// <summary>
/// Polls one function's queue. Concurrency is bounded by <see cref="StandaloneQueueOptions.BatchSize"/>: a listener
/// only receives as many messages as it has free slots, so no message sits leased while waiting for a slot.
/// Several instances can poll the same queue; the visibility lease keeps each message with one of them.
/// </summary>
internal sealed class QueueListener(
    string functionName,
    QueueClient queue,
    QueueClient poisonQueue,
    QueueMessageProcessor processor,
    StandaloneQueueOptions options,
    TimeProvider time,
    ILogger logger)
{
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        if (!await PrepareQueuesAsync(stoppingToken).ConfigureAwait(false))
        {
            return;
        }
        Log.Listening(logger, functionName, queue.Name);

        using var slots = new SemaphoreSlim(options.BatchSize, options.BatchSize);
        var backoff = new PollingBackoff(options.MinPollingInterval, options.MaxPollingInterval);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var wait = await ReceiveAndDispatchAsync(slots, stoppingToken).ConfigureAwait(false) switch
                {
                    > 0 => TimeSpan.Zero,
                    0 => backoff.Next(),
                    _ => options.MaxPollingInterval,
                };
                if (wait == TimeSpan.Zero)
                {
                    backoff.Reset();
                }
                else
                {
                    await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: stop receiving, then drain below.
        }
        finally
        {
            // Shutdown waits for in-flight messages: each either completes or is released back to the queue.
            for (var i = 0; i < options.BatchSize; i++)
            {
                await slots.WaitAsync(CancellationToken.None).ConfigureAwait(false);
            }
            Log.Stopped(logger, functionName, queue.Name);
        }
    }

    /// <returns>The number of messages dispatched, or -1 when the receive failed.</returns>
    private async Task<int> ReceiveAndDispatchAsync(SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        await slots.WaitAsync(stoppingToken).ConfigureAwait(false);
        var free = 1;
        while (free < QueueClient.MaxMessagesPerRequest && slots.Wait(0, CancellationToken.None))
        {
            free++;
        }

        QueueMessage[] messages;
        try
        {
            messages = (await queue.ReceiveMessagesAsync(free, options.VisibilityTimeout, stoppingToken).ConfigureAwait(false)).Value;
        }
        catch (Exception ex)
        {
            slots.Release(free);
            if (ex is OperationCanceledException && stoppingToken.IsCancellationRequested)
            {
                throw;
            }
            Log.ReceiveFailed(logger, ex, functionName, queue.Name);
            return -1;
        }

        if (free > messages.Length)
        {
            slots.Release(free - messages.Length);
        }
        foreach (var message in messages)
        {
            _ = DispatchAsync(message, slots, stoppingToken);
        }
        return messages.Length;
    }

    private async Task DispatchAsync(QueueMessage message, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        try
        {
            // Yield so one slow function does not hold up dispatching the rest of the batch.
            await Task.Yield();
            await processor.ProcessAsync(message, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // Nothing awaits this task, so an unexpected fault is reported here; the lease ends and the message returns.
            Log.SettleFailed(logger, ex, functionName, message.MessageId);
        }
        finally
        {
            slots.Release();
        }
    }

    /// <summary>Creates the queue and its poison queue, retrying while storage is unreachable.</summary>
    /// <returns>False when shutdown came first.</returns>
    private async Task<bool> PrepareQueuesAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                await queue.CreateIfNotExistsAsync(stoppingToken).ConfigureAwait(false);
                await poisonQueue.CreateIfNotExistsAsync(stoppingToken).ConfigureAwait(false);
                return true;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return false;
            }
            catch (Exception ex)
            {
                Log.PrepareFailed(logger, ex, functionName, queue.Name);
            }

            try
            {
                await Task.Delay(options.MaxPollingInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }
    }
}

using Factumerit.Email.Storage.Queues;

namespace Factumerit.Email.Functions.Hosting.Standalone;

/// <summary>
/// Runs one queue function on one message, then settles the message the way the Functions host does:
/// delete on success, release for a retry on failure, and move to <c>&lt;queue&gt;-poison</c> after the last delivery.
/// </summary>
internal sealed class QueueMessageProcessor(
    string functionName,
    QueueClient queue,
    QueueClient poisonQueue,
    IServiceScopeFactory scopes,
    StandaloneQueueOptions options,
    TimeProvider time,
    ILogger logger)
{
    public async Task ProcessAsync(QueueMessage message, CancellationToken stoppingToken)
    {
        // A delivery beyond the limit means an earlier one ended without settling (a crash, a lost lease).
        if (message.DequeueCount > options.MaxDequeueCount)
        {
            await SettleAsync(message, () => MoveToPoisonAsync(message, message.PopReceipt)).ConfigureAwait(false);
            return;
        }

        Exception? failure;
        var lease = new MessageLease(queue, message, options.VisibilityTimeout, time,
            ex => Log.RenewalFailed(logger, ex, functionName, message.MessageId));
        await using (lease.ConfigureAwait(false))
        {
            failure = await RunFunctionAsync(message, lease.Lost, stoppingToken).ConfigureAwait(false);
        }

        // The lease has stopped renewing, so its receipt is final.
        var popReceipt = lease.PopReceipt;
        if (lease.IsLost)
        {
            Log.LeaseLost(logger, functionName, message.MessageId);
        }
        else if (failure is null)
        {
            await SettleAsync(message, () => queue.DeleteMessageAsync(message.MessageId, popReceipt)).ConfigureAwait(false);
        }
        else if (failure is OperationCanceledException && stoppingToken.IsCancellationRequested)
        {
            Log.Released(logger, functionName, message.MessageId);
            await SettleAsync(message, () => queue.UpdateMessageAsync(message.MessageId, popReceipt)).ConfigureAwait(false);
        }
        else
        {
            Log.FunctionFailed(logger, failure, functionName, message.MessageId, message.DequeueCount, options.MaxDequeueCount);
            await SettleAsync(message, message.DequeueCount >= options.MaxDequeueCount
                ? () => MoveToPoisonAsync(message, popReceipt)
                : () => queue.UpdateMessageAsync(message.MessageId, popReceipt, visibilityTimeout: options.RetryDelay)).ConfigureAwait(false);
        }
    }

    private async Task<Exception?> RunFunctionAsync(QueueMessage message, CancellationToken leaseLost, CancellationToken stoppingToken)
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(leaseLost, stoppingToken);
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            try
            {
                var function = scope.ServiceProvider.GetRequiredKeyedService<IQueueFunction>(functionName);
                var invocation = new QueueInvocation(functionName, message.MessageText, message.MessageId, message.DequeueCount, message.InsertedOn);
                await function.RunAsync(invocation, cancellation.Token).ConfigureAwait(false);
                return null;
            }
            catch (Exception ex)
            {
                // The failure is the message's outcome, not the listener's: it decides retry or poison below.
                return ex;
            }
        }
    }

    /// <summary>Copies the original text to the poison queue before deleting it, so a failure in between duplicates rather than loses it.</summary>
    private async Task MoveToPoisonAsync(QueueMessage message, string popReceipt)
    {
        await poisonQueue.SendMessageAsync(message.MessageText).ConfigureAwait(false);
        await queue.DeleteMessageAsync(message.MessageId, popReceipt).ConfigureAwait(false);
        Log.Poisoned(logger, functionName, message.MessageId, poisonQueue.Name, message.DequeueCount);
    }

    /// <summary>
    /// Settling is not cancelled by shutdown: finishing it is what keeps a completed message from running again.
    /// If it fails, the message reappears when its lease ends and nothing is lost.
    /// </summary>
    private async Task SettleAsync(QueueMessage message, Func<Task> settle)
    {
        try
        {
            await settle().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Log.SettleFailed(logger, ex, functionName, message.MessageId);
        }
    }
}

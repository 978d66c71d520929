namespace Factumerit.Email.Functions.Hosting;

/// <summary>A queue-triggered function. Throwing makes the message reappear; after 5 deliveries it is poisoned.</summary>
public interface IQueueFunction
{
    Task RunAsync(QueueInvocation invocation, CancellationToken cancellationToken);
}

/// <param name="MessageText">The decoded message text, exactly as it was sent.</param>
public sealed record QueueInvocation(
    string FunctionName,
    string MessageText,
    string? MessageId,
    long DequeueCount,
    DateTimeOffset? InsertedOn);

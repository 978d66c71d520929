namespace Factumerit.Email.Functions.Hosting.Standalone;

/// <summary>Listener events. Message ids and counts only: message text may hold personal data.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Listening to queue {Queue} for function {Function}")]
    public static partial void Listening(ILogger logger, string function, string queue);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Queue {Queue} could not be prepared for function {Function}; retrying")]
    public static partial void PrepareFailed(ILogger logger, Exception exception, string function, string queue);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Receiving from queue {Queue} for function {Function} failed; retrying")]
    public static partial void ReceiveFailed(ILogger logger, Exception exception, string function, string queue);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Error, Message = "Function {Function} failed on message {MessageId} (delivery {DequeueCount} of {MaxDequeueCount})")]
    public static partial void FunctionFailed(ILogger logger, Exception exception, string function, string messageId, long dequeueCount, int maxDequeueCount);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Error, Message = "Message {MessageId} of function {Function} moved to {PoisonQueue} after {DequeueCount} deliveries")]
    public static partial void Poisoned(ILogger logger, string function, string messageId, string poisonQueue, long dequeueCount);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Warning, Message = "Lease on message {MessageId} of function {Function} was lost; another instance may process it")]
    public static partial void LeaseLost(ILogger logger, string function, string messageId);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Warning, Message = "Renewing the lease on message {MessageId} of function {Function} failed; retrying")]
    public static partial void RenewalFailed(ILogger logger, Exception exception, string function, string messageId);

    [LoggerMessage(EventId = 4107, Level = LogLevel.Warning, Message = "Settling message {MessageId} of function {Function} failed; it will reappear when its lease ends")]
    public static partial void SettleFailed(ILogger logger, Exception exception, string function, string messageId);

    [LoggerMessage(EventId = 4108, Level = LogLevel.Information, Message = "Function {Function} was stopped during message {MessageId} by shutdown; the message is released")]
    public static partial void Released(ILogger logger, string function, string messageId);

    [LoggerMessage(EventId = 4109, Level = LogLevel.Information, Message = "Stopped listening to queue {Queue} for function {Function}")]
    public static partial void Stopped(ILogger logger, string function, string queue);
}

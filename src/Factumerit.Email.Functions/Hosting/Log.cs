namespace Factumerit.Email.Functions.Hosting;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Hosting mode: {Mode}; {FunctionCount} functions registered.")]
    public static partial void HostingModeChosen(ILogger logger, HostingMode mode, int functionCount);

    [LoggerMessage(2, LogLevel.Warning, "Invocation of {Function} rejected: {Reason}")]
    public static partial void InvocationRejected(ILogger logger, string function, string reason);

    [LoggerMessage(3, LogLevel.Error, "Function {Function} failed; the host will retry or poison the message.")]
    public static partial void InvocationFailed(ILogger logger, string function, Exception exception);

    [LoggerMessage(4, LogLevel.Information, "Timer {Function} next runs at {NextRun:o}.")]
    public static partial void TimerScheduled(ILogger logger, string function, DateTimeOffset nextRun);

    [LoggerMessage(5, LogLevel.Error, "Timer {Function} run scheduled for {ScheduledFor:o} failed.")]
    public static partial void TimerFailed(ILogger logger, string function, DateTimeOffset scheduledFor, Exception exception);

    [LoggerMessage(6, LogLevel.Warning, "Storage {Service} endpoint is unreachable.")]
    public static partial void StorageUnreachable(ILogger logger, string service, Exception exception);
}

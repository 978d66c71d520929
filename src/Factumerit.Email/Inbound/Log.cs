using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Inbound;

/// <summary>Pipeline events. Ids and hashes only: no bodies, no addresses.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5200, Level = LogLevel.Information, Message = "Email {EmailId} was handled already; acknowledged")]
    public static partial void AlreadyHandled(ILogger logger, string emailId);

    [LoggerMessage(EventId = 5201, Level = LogLevel.Information, Message = "Email {EmailId} from {SenderHash} routed to {Route} ({Action})")]
    public static partial void Routed(ILogger logger, string emailId, string senderHash, string route, string action);

    [LoggerMessage(EventId = 5202, Level = LogLevel.Information, Message = "Email {EmailId} has no route for any recipient; dropped")]
    public static partial void UnknownRecipient(ILogger logger, string emailId);

    [LoggerMessage(EventId = 5203, Level = LogLevel.Information, Message = "Email {EmailId} on route {Route} not answered: {Reason}")]
    public static partial void Suppressed(ILogger logger, string emailId, string route, string reason);

    [LoggerMessage(EventId = 5204, Level = LogLevel.Information, Message = "Handler {Handler} finished email {EmailId} in {LatencyMs} ms: {Outcome}, {Tokens} tokens")]
    public static partial void Handled(ILogger logger, string handler, string emailId, long latencyMs, string outcome, int tokens);

    [LoggerMessage(EventId = 5205, Level = LogLevel.Warning, Message = "Handler {Handler} asked to forward email {EmailId} to an address not in route {Route}'s configuration; refused")]
    public static partial void ForwardRefused(ILogger logger, string handler, string emailId, string route);

    [LoggerMessage(EventId = 5206, Level = LogLevel.Error, Message = "Handler {Handler} failed on email {EmailId} after {LatencyMs} ms; the message will be retried")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string handler, string emailId, long latencyMs);

    [LoggerMessage(EventId = 5207, Level = LogLevel.Warning, Message = "Handler {Handler} asked to respond to email {EmailId} without a response text; nothing sent")]
    public static partial void EmptyResponse(ILogger logger, string handler, string emailId);

    [LoggerMessage(EventId = 5208, Level = LogLevel.Information, Message = "Thread {ThreadId} escalated ({Reason}) on email {EmailId}")]
    public static partial void Escalated(ILogger logger, string threadId, string reason, string emailId);

    [LoggerMessage(EventId = 5209, Level = LogLevel.Information, Message = "Email {EmailId} is being handled by another run; acknowledged")]
    public static partial void HeldElsewhere(ILogger logger, string emailId);
}

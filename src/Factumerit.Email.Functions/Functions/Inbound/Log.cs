namespace Factumerit.Email.Functions.Functions.Inbound;

/// <summary>Outbound events: keys and ids only; keys name causes (<c>reply:{emailId}</c>), never people.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5300, Level = LogLevel.Warning, Message = "Outbox has no email {Key}; the send request is dropped")]
    public static partial void OutboxItemMissing(ILogger logger, string key);

    [LoggerMessage(EventId = 5301, Level = LogLevel.Information, Message = "No Resend API key: email {Key} is kept in the local outbox")]
    public static partial void RecordedLocally(ILogger logger, string key);

    [LoggerMessage(EventId = 5302, Level = LogLevel.Warning, Message = "Resend rate-limited email {Key}; it is queued again to go in {Delay}")]
    public static partial void RateLimited(ILogger logger, string key, TimeSpan delay);

    [LoggerMessage(EventId = 5303, Level = LogLevel.Warning, Message = "The original of forward {Key} has no raw download; it is sent without the .eml attachment")]
    public static partial void NoRawSource(ILogger logger, string key);
}

using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Providers.Resend;

internal static partial class Log
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Information, Message = "Resend accepted email {EmailId}")]
    public static partial void EmailSent(ILogger logger, string emailId);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning,
        Message = "Resend {Method} failed with {Status} ({ErrorName})")]
    public static partial void RequestFailed(ILogger logger, string method, int status, string? errorName);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning,
        Message = "Resend answered {Status}; retry {Attempt} in {Delay}")]
    public static partial void Retrying(ILogger logger, int status, int attempt, TimeSpan delay);
}

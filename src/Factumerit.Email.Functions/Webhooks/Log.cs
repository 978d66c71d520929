using Factumerit.Email.Providers.Resend;

namespace Factumerit.Email.Functions.Webhooks;

/// <summary>Webhook events: ids and verdicts only, never the body.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5100, Level = LogLevel.Warning, Message = "Resend webhook rejected: {Status}")]
    public static partial void Rejected(ILogger logger, SvixVerificationStatus status);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Resend webhook {SvixId} of type {EventType} ignored")]
    public static partial void Ignored(ILogger logger, string eventType, string svixId);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Information, Message = "Email {EmailId} (delivery {SvixId}) was handled before; duplicate acknowledged")]
    public static partial void Duplicate(ILogger logger, string emailId, string svixId);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information, Message = "Email {EmailId} (delivery {SvixId}) accepted and queued")]
    public static partial void Accepted(ILogger logger, string emailId, string svixId);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Information, Message = "Email {EmailId} (delivery {SvixId}) seen before but not handled yet; queued again")]
    public static partial void Requeued(ILogger logger, string emailId, string svixId);
}

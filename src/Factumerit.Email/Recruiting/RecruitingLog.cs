using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Recruiting;

/// <summary>The recruiting module's log messages. Mailboxes appear as a short hash; no mail content is logged.</summary>
internal static partial class RecruitingLog
{
    public static string Hash(string address) => Mail.SenderHash.Compute(address);

    [LoggerMessage(EventId = 6000, Level = LogLevel.Information, Message = "Recruiting sync {TaskId} started for mailbox {Mailbox}.")]
    public static partial void SyncStarted(ILogger logger, string mailbox, string taskId);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Recruiting sync {TaskId} of mailbox {Mailbox} completed: {Scanned} scanned, {Signals} signals, {Leads} leads, {Errors} errors.")]
    public static partial void SyncCompleted(ILogger logger, string mailbox, string taskId, int scanned, int signals, int leads, int errors);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "Recruiting sync {TaskId} of mailbox {Mailbox} failed; it resumes from its cursor on redelivery.")]
    public static partial void SyncFailed(ILogger logger, string mailbox, string taskId, Exception exception);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Information, Message = "Recruiting sync {TaskId} is not runnable ({Reason}); nothing to do.")]
    public static partial void SyncNotRunnable(ILogger logger, string taskId, string reason);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Warning, Message = "Recruiting sync {TaskId}: message {GmailId} was not fully processed: {Reason}.")]
    public static partial void MessageError(ILogger logger, string taskId, string gmailId, string reason);
}

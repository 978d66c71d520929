using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Assistant;

/// <summary>The assistant's log messages. Mailboxes appear as a short hash, never as an address.</summary>
internal static partial class AssistantLog
{
    public static string Hash(string address) => Mail.SenderHash.Compute(address);

    [LoggerMessage(EventId = 4000, Level = LogLevel.Information, Message = "Classified message {MessageId} in mailbox {Mailbox} as {Category} ({Tier}, {Confidence}).")]
    public static partial void Classified(ILogger logger, string messageId, string mailbox, string category, string tier, string confidence);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Message {MessageId} in mailbox {Mailbox} was already classified; nothing to do.")]
    public static partial void AlreadyClassified(ILogger logger, string messageId, string mailbox);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Mailbox {Mailbox} is not connected; ignoring {What}.")]
    public static partial void UnknownMailbox(ILogger logger, string mailbox, string what);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Message {MessageId} in mailbox {Mailbox} is gone from Gmail; not classified.")]
    public static partial void MessageGone(ILogger logger, string messageId, string mailbox);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "Classification fell back to needs_response for message {MessageId}: {Fallback}.")]
    public static partial void FellBack(ILogger logger, string messageId, string fallback);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Information, Message = "Synced mailbox {Mailbox} ({Reason}): {Changes} changes, {Enqueued} messages queued, history {From} -> {To}.")]
    public static partial void Synced(ILogger logger, string mailbox, string reason, int changes, int enqueued, ulong from, ulong to);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Warning, Message = "History of mailbox {Mailbox} from {HistoryId} has expired; running a bounded full sync.")]
    public static partial void HistoryExpired(ILogger logger, string mailbox, ulong historyId);

    [LoggerMessage(EventId = 4012, Level = LogLevel.Information, Message = "Mailbox {Mailbox} is being synced by another run; sync requeued in {Delay}.")]
    public static partial void SyncBusy(ILogger logger, string mailbox, TimeSpan delay);

    [LoggerMessage(EventId = 4013, Level = LogLevel.Warning, Message = "Mailbox {Mailbox}: the sync lease was lost before the history id could be saved; the next sync repeats the work.")]
    public static partial void LeaseLost(ILogger logger, string mailbox);

    [LoggerMessage(EventId = 4020, Level = LogLevel.Information, Message = "Connected mailbox {Mailbox}: {Labels} labels, history {HistoryId}, watch until {WatchExpiresAt}.")]
    public static partial void Connected(ILogger logger, string mailbox, int labels, ulong historyId, DateTimeOffset? watchExpiresAt);

    [LoggerMessage(EventId = 4021, Level = LogLevel.Warning, Message = "No Gmail push topic is configured (Gmail:PushTopic); mailbox {Mailbox} is synced by polling only.")]
    public static partial void NoPushTopic(ILogger logger, string mailbox);

    [LoggerMessage(EventId = 4022, Level = LogLevel.Information, Message = "Renewed the Gmail watch of mailbox {Mailbox} until {WatchExpiresAt}.")]
    public static partial void WatchRenewed(ILogger logger, string mailbox, DateTimeOffset? watchExpiresAt);

    [LoggerMessage(EventId = 4023, Level = LogLevel.Error, Message = "Renewing the Gmail watch of mailbox {Mailbox} failed.")]
    public static partial void WatchRenewalFailed(ILogger logger, string mailbox, Exception exception);

    [LoggerMessage(EventId = 4024, Level = LogLevel.Warning, Message = "Stopping the Gmail watch of mailbox {Mailbox} failed; the record is removed anyway.")]
    public static partial void StopFailed(ILogger logger, string mailbox, Exception exception);

    [LoggerMessage(EventId = 4030, Level = LogLevel.Information, Message = "Reclassified message {MessageId} in mailbox {Mailbox}: {Old} -> {New}; {Drafts} AI drafts trashed.")]
    public static partial void Reclassified(ILogger logger, string messageId, string mailbox, string? old, string @new, int drafts);
}

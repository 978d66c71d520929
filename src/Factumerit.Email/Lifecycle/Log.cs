using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Lifecycle;

/// <summary>Lifecycle log messages. Mailboxes appear hashed; no content or addresses.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Thread {ThreadId} in mailbox {Mailbox} marked Done: assistant labels and INBOX removed")]
    public static partial void Archived(ILogger logger, string threadId, string mailbox);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Draft of message {MessageId} in mailbox {Mailbox} is gone; recorded as sent")]
    public static partial void SentDetected(ILogger logger, string messageId, string mailbox);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Debug, Message = "Sent check for message {MessageId} in mailbox {Mailbox}: {Reason}")]
    public static partial void SentCheckSkipped(ILogger logger, string messageId, string mailbox, string reason);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information, Message = "Waiting thread {ThreadId} in mailbox {Mailbox} went from {Before} to {After} messages; reclassifying")]
    public static partial void Retriaged(ILogger logger, string threadId, string mailbox, int before, int after);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Debug, Message = "Retriage of thread {ThreadId} in mailbox {Mailbox}: {Reason}")]
    public static partial void RetriageSkipped(ILogger logger, string threadId, string mailbox, string reason);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Information, Message = "Manual draft for thread {ThreadId} in mailbox {Mailbox} skipped: {Reason}")]
    public static partial void ManualDraftSkipped(ILogger logger, string threadId, string mailbox, string reason);

    [LoggerMessage(EventId = 4107, Level = LogLevel.Information, Message = "Manual draft {DraftId} created in thread {ThreadId} of mailbox {Mailbox}: {LlmCalls} LLM calls, {PromptTokens} prompt tokens, {QuotaUnits} Gmail quota units")]
    public static partial void ManualDrafted(ILogger logger, string draftId, string threadId, string mailbox, int llmCalls, int promptTokens, long quotaUnits);
}

using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Drafting;

/// <summary>Drafting log messages. Mailboxes appear hashed; bodies, subjects and addresses never appear.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "No assistant record for message {MessageId} in mailbox {Mailbox}; nothing to draft")]
    public static partial void RecordMissing(ILogger logger, string mailbox, string messageId);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Message {MessageId} in mailbox {Mailbox} is {Status}, not pending; the draft job does nothing")]
    public static partial void NotPending(ILogger logger, string mailbox, string messageId, string status);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Thread {ThreadId} in mailbox {Mailbox} is gone or has no message to answer")]
    public static partial void ThreadMissing(ILogger logger, string mailbox, string threadId);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "Draft {DraftId} created in thread {ThreadId} of mailbox {Mailbox}: {LlmCalls} LLM calls, {PromptTokens} prompt tokens, {QuotaUnits} Gmail quota units")]
    public static partial void Drafted(ILogger logger, string draftId, string threadId, string mailbox, int llmCalls, int promptTokens, long quotaUnits);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Debug, Message = "Context gathering ran {Queries} searches and found {Threads} related threads")]
    public static partial void ContextGathered(ILogger logger, int queries, int threads);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "Context gathering failed ({ExceptionType}); drafting without related emails")]
    public static partial void ContextFailed(ILogger logger, string exceptionType, Exception exception);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Warning, Message = "Draft generation failed ({Failure}, status {Status}); the draft shows the error")]
    public static partial void DraftGenerationFailed(ILogger logger, string failure, int status);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Information, Message = "Message {MessageId} in mailbox {Mailbox} was drafted by another worker first; draft {DraftId} removed again")]
    public static partial void Superseded(ILogger logger, string messageId, string mailbox, string draftId);

    [LoggerMessage(EventId = 4009, Level = LogLevel.Information, Message = "Thread {ThreadId} in mailbox {Mailbox} reached the rework limit; moved to Action Required")]
    public static partial void ReworkLimitReached(ILogger logger, string threadId, string mailbox);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Information, Message = "Thread {ThreadId} in mailbox {Mailbox} no longer carries the Rework label; the rework job does nothing")]
    public static partial void ReworkNotRequested(ILogger logger, string threadId, string mailbox);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Debug, Message = "Trashed {Count} stale drafts in thread {ThreadId}")]
    public static partial void StaleDraftsTrashed(ILogger logger, int count, string threadId);

    [LoggerMessage(EventId = 4014, Level = LogLevel.Information, Message = "Thread {ThreadId} held {Count} more AI drafts from racing jobs; all but one trashed")]
    public static partial void RacingDraftsTrashed(ILogger logger, int count, string threadId);
}

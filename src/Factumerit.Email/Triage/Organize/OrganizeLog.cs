using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Triage.Organize;

internal static partial class OrganizeLog
{
    [LoggerMessage(EventId = 4110, Level = LogLevel.Information, Message = "Organize run {RunId} started ({PageSize} threads a page)")]
    public static partial void Started(ILogger logger, string runId, int pageSize);

    [LoggerMessage(EventId = 4111, Level = LogLevel.Information, Message = "Organize run {RunId} listed {Pages} Inbox pages")]
    public static partial void Listed(ILogger logger, string runId, int pages);

    [LoggerMessage(EventId = 4112, Level = LogLevel.Information, Message = "Organize run {RunId} finished page {Page} of {Pages}: {Seen} seen, {Moved} moved, {Kept} kept, {Review} review, {Skipped} skipped, {Errors} errors")]
    public static partial void PageDone(ILogger logger, string runId, int page, int pages, int seen, int moved, int kept, int review, int skipped, int errors);

    [LoggerMessage(EventId = 4113, Level = LogLevel.Information, Message = "Organize run {RunId} page {Page} is being done by another delivery; retrying in {Delay}")]
    public static partial void PageBusy(ILogger logger, string runId, int page, TimeSpan delay);

    [LoggerMessage(EventId = 4114, Level = LogLevel.Warning, Message = "Organize run {RunId}: thread {ThreadId} failed on the page's last delivery and is counted as an error")]
    public static partial void ThreadFailed(ILogger logger, Exception exception, string runId, string threadId);

    [LoggerMessage(EventId = 4115, Level = LogLevel.Information, Message = "Organize run {RunId} completed")]
    public static partial void Completed(ILogger logger, string runId);
}

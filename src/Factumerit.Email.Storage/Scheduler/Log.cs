using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Storage.Scheduler;

/// <summary>Scheduler events: schedule ids, action names and counts only. Subjects and payloads may hold personal data.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4300, Level = LogLevel.Information, Message = "Scheduled {ScheduleId} ({Action}) for {DueAt:o}")]
    public static partial void Scheduled(ILogger logger, string scheduleId, string action, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 4301, Level = LogLevel.Information, Message = "Schedule {ScheduleId} ({Action}) exists already; not scheduled again")]
    public static partial void Deduplicated(ILogger logger, string scheduleId, string action);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Warning, Message = "Sending the timer of schedule {ScheduleId} ({Action}) failed; the sweep will send it")]
    public static partial void TimerSendFailed(ILogger logger, Exception exception, string scheduleId, string action);

    [LoggerMessage(EventId = 4303, Level = LogLevel.Information, Message = "Schedule {ScheduleId} ({Action}) cancelled")]
    public static partial void Cancelled(ILogger logger, string scheduleId, string action);

    [LoggerMessage(EventId = 4304, Level = LogLevel.Debug, Message = "Timer of schedule {ScheduleId} ignored: {Status}")]
    public static partial void Skipped(ILogger logger, string scheduleId, string status);

    [LoggerMessage(EventId = 4305, Level = LogLevel.Debug, Message = "Schedule {ScheduleId} is not due; timer sent again with delay {Delay}")]
    public static partial void Hopped(ILogger logger, string scheduleId, TimeSpan delay);

    [LoggerMessage(EventId = 4306, Level = LogLevel.Debug, Message = "Schedule {ScheduleId} is claimed until {LeaseUntil:o}; checking again then")]
    public static partial void Busy(ILogger logger, string scheduleId, DateTimeOffset leaseUntil);

    [LoggerMessage(EventId = 4307, Level = LogLevel.Debug, Message = "Schedule {ScheduleId} was claimed by another worker")]
    public static partial void ClaimLost(ILogger logger, string scheduleId);

    [LoggerMessage(EventId = 4308, Level = LogLevel.Information, Message = "Running schedule {ScheduleId} ({Action}), attempt {Attempt}")]
    public static partial void Running(ILogger logger, string scheduleId, string action, int attempt);

    [LoggerMessage(EventId = 4309, Level = LogLevel.Information, Message = "Schedule {ScheduleId} ({Action}) done")]
    public static partial void Completed(ILogger logger, string scheduleId, string action);

    [LoggerMessage(EventId = 4310, Level = LogLevel.Warning, Message = "Schedule {ScheduleId} ran, but another worker took it over before it was marked done")]
    public static partial void CompletionLost(ILogger logger, string scheduleId);

    [LoggerMessage(EventId = 4311, Level = LogLevel.Error, Message = "Schedule {ScheduleId} ({Action}) failed on attempt {Attempt}; it stays pending")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string scheduleId, string action, int attempt);

    [LoggerMessage(EventId = 4312, Level = LogLevel.Information, Message = "Schedule {ScheduleId} ({Action}) was interrupted by shutdown; it stays pending")]
    public static partial void Interrupted(ILogger logger, string scheduleId, string action);

    [LoggerMessage(EventId = 4313, Level = LogLevel.Warning, Message = "Releasing schedule {ScheduleId} failed; it is claimable again when its lease ends")]
    public static partial void ReleaseFailed(ILogger logger, Exception? exception, string scheduleId);

    [LoggerMessage(EventId = 4314, Level = LogLevel.Warning, Message = "Schedule {ScheduleId} ({Action}, {Status}) was overdue with no timer; timer sent again")]
    public static partial void Redriven(ILogger logger, string scheduleId, string action, string status);

    [LoggerMessage(EventId = 4315, Level = LogLevel.Error, Message = "Schedule {ScheduleId} ({Action}) failed {Attempts} times; the sweep no longer re-drives it")]
    public static partial void GaveUp(ILogger logger, string scheduleId, string action, int attempts);

    [LoggerMessage(EventId = 4316, Level = LogLevel.Information, Message = "Sweep examined {Examined} schedules, re-drove {Redriven}, cleaned {Cleaned}; more work: {MoreWork}")]
    public static partial void Swept(ILogger logger, int examined, int redriven, int cleaned, bool moreWork);

    [LoggerMessage(EventId = 4317, Level = LogLevel.Warning, Message = "Removing the index rows of finished schedule {ScheduleId} failed; the sweep will remove them")]
    public static partial void IndexCleanupFailed(ILogger logger, Exception exception, string scheduleId);
}

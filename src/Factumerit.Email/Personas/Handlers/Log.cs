using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Personas.Handlers;

/// <summary>Persona log lines: ids and hashes only, never bodies or addresses.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "Persona {Handler}: the model was unavailable for sender {Sender} ({Failure}); using the fallback")]
    public static partial void LlmUnavailable(ILogger logger, string handler, string sender, string failure);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "Persona {Handler}: the model's answer for sender {Sender} was not the expected JSON; using the fallback")]
    public static partial void LlmAnswerInvalid(ILogger logger, string handler, string sender);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Error, Message = "Persona {Handler}: config key {Key} is missing, so the message cannot be {Action}")]
    public static partial void MissingConfig(ILogger logger, string handler, string key, string action);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Information, Message = "Support escalated thread {ThreadKey} ({Reason}) for sender {Sender}")]
    public static partial void Escalated(ILogger logger, string threadKey, string reason, string sender);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Information, Message = "Scheduled {Action} {ScheduleId} due {DueAt:o}")]
    public static partial void Scheduled(ILogger logger, string action, string scheduleId, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Information, Message = "Scheduled action {Action} {ScheduleId} skipped: {Reason}")]
    public static partial void ActionSkipped(ILogger logger, string action, string scheduleId, string reason);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Warning, Message = "Persona {Handler}: the task list is unavailable for sender {Sender}")]
    public static partial void TasksUnavailable(ILogger logger, Exception exception, string handler, string sender);

    [LoggerMessage(EventId = 5008, Level = LogLevel.Error, Message = "Persona {Handler}: content file {File} could not be read")]
    public static partial void ContentMissing(ILogger logger, Exception exception, string handler, string file);

    [LoggerMessage(EventId = 5009, Level = LogLevel.Information, Message = "Digest run: {Due} due, {Sent} sent, {Skipped} with nothing to say")]
    public static partial void DigestRun(ILogger logger, int due, int sent, int skipped);
}

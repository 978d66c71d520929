using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Triage.Review;

internal static partial class ReviewLog
{
    [LoggerMessage(EventId = 4110, Level = LogLevel.Information, Message = "Review of thread {ThreadId} settled: {Action} to {Folder} (correction {Correction})")]
    public static partial void Settled(ILogger logger, string threadId, ReviewAction action, string folder, bool correction);

    [LoggerMessage(EventId = 4111, Level = LogLevel.Information, Message = "Onboarding answer for message {MessageId}: {Folder} (correction {Correction})")]
    public static partial void OnboardingAnswered(ILogger logger, string messageId, string folder, bool correction);

    [LoggerMessage(EventId = 4112, Level = LogLevel.Warning, Message = "Review of thread {ThreadId}: Gmail refused the label change; the thread stays in Review")]
    public static partial void LabelsFailed(ILogger logger, string threadId, Exception exception);
}

using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Triage;

internal static partial class TriageLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Triaged {MessageId} to {Folder} ({Source}, confidence {Confidence})")]
    public static partial void Triaged(ILogger logger, string messageId, string folder, string source, double confidence);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Triage skipped {MessageId}: {Reason}")]
    public static partial void Skipped(ILogger logger, string messageId, string reason);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Sender rule for a domain now sends to {Folder} after {Count} corrections (auto-apply {AutoApply})")]
    public static partial void RuleLearned(ILogger logger, string folder, int count, bool autoApply);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "The user moved a triaged thread to {Folder} (correction {WasCorrection})")]
    public static partial void MovedByHand(ILogger logger, string folder, bool wasCorrection);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Warning, Message = "A triage label was missing in Gmail (deleted in another client?); the triage labels were re-created")]
    public static partial void LabelsRecreated(ILogger logger);
}

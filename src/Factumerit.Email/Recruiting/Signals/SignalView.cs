namespace Factumerit.Email.Recruiting.Signals;

/// <summary>A suggestion as the pipeline shows it: the signal, where it came from, and the stage it suggests.</summary>
public sealed record SignalView(
    string Id,
    string Mailbox,
    string Signal,
    string? ContactId,
    string? CompanyId,
    string CurrentStage,
    string? SuggestedStage,
    string? Subject,
    DateTimeOffset? ReceivedAt);

namespace Factumerit.Email.Recruiting.Sync;

/// <summary>What processing one message did, for the sync summary.</summary>
public enum MessageOutcome
{
    /// <summary>Not recruiting mail, ours, or processed before: no LLM call.</summary>
    Skipped,
    Signal,
    SignalFailed,
    Lead,
    NotALead,
    ExtractFailed,
}

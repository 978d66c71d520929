namespace Factumerit.Email.Triage;

/// <summary>
/// Triage's record of one thread: the last decision, kept for Review (suggested folder, reasoning, confidence),
/// for learning from the user's later moves, and for the 24-hour hands-off after a manual move.
/// </summary>
public sealed record TriagedThread
{
    public required string Mailbox { get; init; }

    public required string ThreadId { get; init; }

    public required string MessageId { get; init; }

    public string FromDomain { get; init; } = "";

    /// <summary>The latest message's sender, kept for training examples (never logged).</summary>
    public string FromAddress { get; init; } = "";

    public string Subject { get; init; } = "";

    public required string SuggestedFolder { get; init; }

    public required string FinalFolder { get; init; }

    public double Confidence { get; init; }

    public string Reasoning { get; init; } = "";

    public required string Source { get; init; }

    public DateTimeOffset TriagedAt { get; init; }

    /// <summary>When the user last moved the thread by hand; triage leaves it alone for a day after.</summary>
    public DateTimeOffset? ManualMoveAt { get; init; }

    /// <summary>The history id of the last label change triage read for this thread; older ones arriving late are ignored.</summary>
    public ulong? LabelsHistoryId { get; init; }

    /// <summary>The user settled a Review thread (accepted, overrode or dismissed it).</summary>
    public bool Reviewed { get; init; }
}

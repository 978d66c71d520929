using Factumerit.Email.Triage.Learning;

namespace Factumerit.Email.Triage.Review;

/// <summary>One thread waiting in Review (spec 003 "Review folder behavior").</summary>
/// <param name="Sender">The sender's address from the user's own mailbox, for the user's eyes; never logged.</param>
public sealed record ReviewItem(
    string ThreadId,
    string MessageId,
    string Subject,
    string? Sender,
    string SuggestedFolder,
    string Reasoning,
    double Confidence,
    string Source,
    DateTimeOffset TriagedAt);

public enum ReviewAction
{
    /// <summary>File the thread in the suggested folder.</summary>
    Accept,

    /// <summary>File the thread in a folder the user picks.</summary>
    Override,

    /// <summary>Put the thread back in the Inbox.</summary>
    Dismiss,
}

public enum ReviewOutcomeKind
{
    Settled,

    /// <summary>The thread was settled before: nothing changed, no example was recorded.</summary>
    AlreadySettled,
    NotFound,

    /// <summary>The thread is triaged but not in Review, and was never settled there.</summary>
    NotInReview,
    InvalidFolder,
}

/// <param name="Example">The training example recorded by this call; null when nothing was recorded.</param>
/// <param name="Rule">The sender rule the example created or strengthened, if any.</param>
public sealed record ReviewOutcome(ReviewOutcomeKind Kind, TriagedThread? Thread = null, TrainingExample? Example = null, SenderRule? Rule = null);

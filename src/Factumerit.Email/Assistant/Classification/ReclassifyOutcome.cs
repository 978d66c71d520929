namespace Factumerit.Email.Assistant.Classification;

public enum ReclassifyOutcomeKind
{
    Reclassified,

    /// <summary>The message had no record yet, so it was classified for the first time.</summary>
    ClassifiedNew,

    /// <summary>No record for this message in this mailbox.</summary>
    NotFound,

    MessageGone,

    UnknownMailbox,
}

/// <param name="OldCategory">The category before, or null when there was none.</param>
/// <param name="DraftsTrashed">AI drafts removed because the email no longer needs a response.</param>
public sealed record ReclassifyOutcome(
    ReclassifyOutcomeKind Kind,
    AssistantEmail? Email = null,
    string? OldCategory = null,
    int DraftsTrashed = 0,
    ClassificationResult? Result = null);

namespace Factumerit.Email.Assistant.Classification;

public enum ClassifyOutcomeKind
{
    Classified,

    /// <summary>The message was classified before (a duplicate push or redelivery): nothing was done.</summary>
    Duplicate,

    /// <summary>The message or its thread no longer exists in Gmail.</summary>
    MessageGone,

    UnknownMailbox,
}

public sealed record ClassifyOutcome(ClassifyOutcomeKind Kind, AssistantEmail? Email = null);

/// <summary>Another run claimed the message moments ago and is classifying it; the queue retries later.</summary>
public sealed class ClassificationInProgressException(string messageId)
    : Exception($"Message {messageId} is being classified by another run; retry later.");

namespace Factumerit.Email.Assistant;

/// <summary>
/// The assistant's record of one Gmail message it classified: what it decided and where the message is in the
/// draft/rework/done lifecycle. Keyed by mailbox and Gmail message id.
/// </summary>
public sealed record AssistantEmail
{
    public required string Mailbox { get; init; }
    public required string MessageId { get; init; }
    public required string ThreadId { get; init; }

    /// <summary>Sender address, normalized. Stored for the operator API; never logged.</summary>
    public string? From { get; init; }
    public string? Subject { get; init; }

    public string? Category { get; init; }

    /// <summary><c>high</c>, <c>medium</c> or <c>low</c>, as the LLM (or a fallback) said.</summary>
    public string? Confidence { get; init; }
    public string? Reasoning { get; init; }
    public string? Language { get; init; }
    public string? Style { get; init; }
    public bool IsAutomated { get; init; }

    public EmailStatus Status { get; init; } = EmailStatus.Pending;
    public string? DraftId { get; init; }
    public int ReworkCount { get; init; }
    public string? ReworkInstruction { get; init; }

    /// <summary>Messages in the thread when last looked at; waiting retriage compares against it.</summary>
    public int MessageCount { get; init; }

    public DateTimeOffset? ClassifiedAt { get; init; }
    public DateTimeOffset? ActedAt { get; init; }

    /// <summary>When Gmail received the message; orders the records of a thread.</summary>
    public DateTimeOffset? ReceivedAt { get; init; }

    /// <summary>When a classifier claimed the record; a stale claim (a crashed run) may be taken over.</summary>
    public DateTimeOffset? ClaimedAt { get; init; }

    /// <summary>
    /// True once the category label is on the thread, the <c>classified</c> event written and the draft (if any)
    /// requested: a redelivered classification finding it set does nothing.
    /// </summary>
    public bool LabelApplied { get; init; }

    /// <summary>Which tier decided: <c>rule</c>, <c>llm</c>, <c>thread</c> (waiting) or <c>fallback</c>.</summary>
    public string? Tier { get; init; }

    /// <summary>The automation rule code (e.g. <c>list_unsubscribe</c>, <c>blacklist</c>) when the rule tier matched.</summary>
    public string? AutomatedRule { get; init; }

    /// <summary>The Gmail message id of the AI draft, when known; lets sync tell a sent draft from other deletions.</summary>
    public string? DraftMessageId { get; init; }

    /// <summary>The storage ETag this record was read with; updates are conditional on it.</summary>
    public string? ETag { get; init; }
}

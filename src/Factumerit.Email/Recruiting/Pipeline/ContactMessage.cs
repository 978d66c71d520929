namespace Factumerit.Email.Recruiting.Pipeline;

/// <summary>
/// One inbound message the recruiting sync has processed, keyed by its Message-ID: the de-dupe record that stops a
/// message from reaching the LLM twice, and, for mail from a tracked contact, the stage signal with its
/// dismissal flag.
/// </summary>
public sealed record ContactMessage
{
    public required string Mailbox { get; init; }

    /// <summary>Derived from the mailbox and Message-ID, so a redelivered message maps to the same row.</summary>
    public required string Id { get; init; }

    public required string MessageId { get; init; }

    public required string GmailId { get; init; }

    public required string Kind { get; init; }

    public string? ContactId { get; init; }

    public string? CompanyId { get; init; }

    /// <summary>One of the stage signals, or null when the classifier failed.</summary>
    public string? Signal { get; init; }

    public bool SuggestionDismissed { get; init; }

    /// <summary>The stage the user moved to by applying the signal.</summary>
    public string? AppliedStage { get; init; }

    public string? Subject { get; init; }

    public DateTimeOffset? ReceivedAt { get; init; }

    public DateTimeOffset ProcessedAt { get; init; }

    public string? ETag { get; init; }
}

public static class ContactMessageKinds
{
    /// <summary>From a tracked contact or domain: carries a signal.</summary>
    public const string Contact = "contact";

    /// <summary>Became a lead.</summary>
    public const string Lead = "lead";

    /// <summary>Went to the extractor and was not a new lead (no company, or one already known).</summary>
    public const string NotALead = "not_a_lead";

    /// <summary>The extractor failed; counted in that sync's errors.</summary>
    public const string ExtractFailed = "extract_failed";
}

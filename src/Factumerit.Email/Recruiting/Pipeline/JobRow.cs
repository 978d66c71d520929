namespace Factumerit.Email.Recruiting.Pipeline;

/// <summary>A job in the pipeline; <see cref="Url"/> is unique per mailbox. Email leads have source email.</summary>
public sealed record JobRow
{
    public required string Mailbox { get; init; }

    public required string Id { get; init; }

    public required string Url { get; init; }

    public required string Source { get; init; }

    public required string Status { get; init; }

    public required string Company { get; init; }

    public string? Title { get; init; }

    /// <summary>The Message-ID of the mail a lead came from.</summary>
    public string? MessageId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public string? ETag { get; init; }
}

public static class JobSources
{
    public const string Email = "email";
    public const string Manual = "manual";
}

public static class JobStatuses
{
    public const string Pending = "pending";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
}

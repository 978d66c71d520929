namespace Factumerit.Email.Recruiting.Pipeline;

/// <summary>A person in the pipeline of one mailbox (a recruiter, a hiring manager), optionally at a tracked company.</summary>
public sealed record TrackedContact
{
    public required string Mailbox { get; init; }

    public required string Id { get; init; }

    /// <summary>Lower-case address.</summary>
    public required string Email { get; init; }

    public string? Name { get; init; }

    public string? CompanyId { get; init; }

    public string Stage { get; init; } = Stages.Applied;

    public DateTimeOffset CreatedAt { get; init; }

    public string? ETag { get; init; }
}

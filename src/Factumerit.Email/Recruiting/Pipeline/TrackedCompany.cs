namespace Factumerit.Email.Recruiting.Pipeline;

/// <summary>A company in the pipeline of one mailbox. Mail from <see cref="Domain"/> counts as the company's.</summary>
public sealed record TrackedCompany
{
    public required string Mailbox { get; init; }

    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>Lower-case mail domain (<c>acme.com</c>); subdomains match too.</summary>
    public string? Domain { get; init; }

    public string Stage { get; init; } = Stages.Applied;

    public DateTimeOffset CreatedAt { get; init; }

    public string? ETag { get; init; }
}

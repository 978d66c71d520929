namespace Factumerit.Email.Triage.Organize;

/// <summary>
/// One "Organize Inbox" pass (spec 003 "Migration Strategy", step 3): started by the user, never on its own. The
/// Inbox is first listed page by page into stored pages (so moving threads cannot shift later pages), then each
/// page is triaged as one queue message; the counters only ever advance together with <see cref="PagesDone"/>.
/// </summary>
public sealed record OrganizeRun
{
    public required string Id { get; init; }

    public required string Mailbox { get; init; }

    /// <summary>See <see cref="OrganizeStatuses"/>.</summary>
    public required string Status { get; init; }

    public int PageSize { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>threads.list's token for the next page still to be listed; null before the first and after the last.</summary>
    public string? ListToken { get; init; }

    /// <summary>Every Inbox page has been listed and stored.</summary>
    public bool Listed { get; init; }

    public int PagesTotal { get; init; }

    public int PagesDone { get; init; }

    /// <summary>The page a worker is on and since when; another delivery waits for it rather than doing it twice.</summary>
    public int? ClaimedPage { get; init; }

    public DateTimeOffset? ClaimedAt { get; init; }

    /// <summary>The queue message holding the claim: its own redelivery after a crash takes the page straight back.</summary>
    public string? ClaimedBy { get; init; }

    public OrganizeCounts Counts { get; init; } = new();

    public string? Error { get; init; }

    /// <summary>Optimistic concurrency tag of the stored row; null for a run not read from the store.</summary>
    public string? ETag { get; init; }
}

/// <param name="Seen">Threads looked at.</param>
/// <param name="Moved">Triaged out of the Inbox to a topic folder.</param>
/// <param name="Kept">Left in the Inbox: triaged to INBOX, or left alone (the user's own label, sent by the user).</param>
/// <param name="Review">Sent to Review (low confidence or the model unavailable).</param>
/// <param name="Skipped">Already triaged before this run, or no longer in the Inbox.</param>
/// <param name="Errors">Threads that still failed on the page's last delivery.</param>
public sealed record OrganizeCounts(int Seen = 0, int Moved = 0, int Kept = 0, int Review = 0, int Skipped = 0, int Errors = 0)
{
    public static OrganizeCounts operator +(OrganizeCounts a, OrganizeCounts b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.Seen + b.Seen, a.Moved + b.Moved, a.Kept + b.Kept, a.Review + b.Review, a.Skipped + b.Skipped, a.Errors + b.Errors);
    }
}

public static class OrganizeStatuses
{
    public const string Queued = "queued";
    public const string Listing = "listing";
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";

    public static bool IsFinished(string status) => status is Completed or Failed;
}

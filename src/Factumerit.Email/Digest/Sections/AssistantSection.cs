using System.Globalization;
using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Scheduling;
using Factumerit.Email.Triage;
using Factumerit.Email.Triage.Timers;

namespace Factumerit.Email.Digest.Sections;

/// <summary>
/// The Gmail assistant of the subscriber's own connected mailbox: mail needing a response, drafts waiting, the triage
/// Review queue (each thread with accept and keep-in-Inbox links), threads resurfacing today and yesterday's
/// auto-deletes. Four reads per digest whatever the mailbox holds.
/// </summary>
public sealed class AssistantSection(IMailboxStore mailboxes, IAssistantDigestReader emails, ITriageStore triage, IScheduleDigestReader schedules)
    : IDigestSectionSource
{
    /// <summary>Items listed by name per kind; the counts cover the rest.</summary>
    public const int MaxListed = 10;

    private const int MaxRead = 500;

    private static readonly string[] ResurfaceActions = [TriageActions.Resurface, TriageActions.Waiting];

    public int Order => 20;

    public async Task<DigestSection?> BuildAsync(DigestRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await mailboxes.GetAsync(request.Subscription.Email, cancellationToken).ConfigureAwait(false) is not { } mailbox)
        {
            return null;
        }
        var waiting = await emails.ListWaitingAsync(mailbox.Address, MaxRead, cancellationToken).ConfigureAwait(false);
        var needsResponse = waiting.Where(e => e.Status == EmailStatus.Pending && e.Category == Categories.NeedsResponse).ToList();
        var drafts = waiting.Count(e => e.Status == EmailStatus.Drafted);
        var review = (await triage.ListThreadsAsync(mailbox.Address, TriageFolders.Review, cancellationToken).ConfigureAwait(false))
            .Where(t => !t.Reviewed).ToList();

        var today = request.DayStart(request.LocalDate);
        var tomorrow = request.DayStart(request.LocalDate.AddDays(1));
        var yesterday = request.DayStart(request.LocalDate.AddDays(-1));
        var timers = await schedules.ListDueAsync(TriageTimer.Subject(mailbox.Address, ""), [.. ResurfaceActions, TriageActions.Trash],
            yesterday, tomorrow, MaxRead, cancellationToken).ConfigureAwait(false);
        var resurfacing = timers.Count(t => ResurfaceActions.Contains(t.Action) && t.DueAt >= today && t.Status != ScheduleStatus.Cancelled);
        var deleted = timers.Count(t => t.Action == TriageActions.Trash && t.Status == ScheduleStatus.Done && (t.CompletedAt ?? t.DueAt) < today);

        var counts = new List<string>();
        Add(counts, needsResponse.Count, "Needs a response");
        Add(counts, drafts, "Drafts waiting for you");
        Add(counts, review.Count, "In the Review queue");
        Add(counts, resurfacing, "Resurfacing today");
        Add(counts, deleted, "Auto-deleted yesterday");
        var items = needsResponse.OrderByDescending(e => e.ReceivedAt).Take(MaxListed)
            .Select(e => new DigestItem($"Needs a response: {Subject(e.Subject)}"))
            .Concat(review.Take(MaxListed).Select(t => ReviewItem(mailbox.Address, t)))
            .ToList();
        return counts.Count == 0 ? null : new DigestSection($"Gmail assistant ({mailbox.Address})", counts, items);
    }

    /// <summary>A Review thread with links to accept the suggestion or keep the thread in the Inbox (the Review API's accept and dismiss).</summary>
    private static DigestItem ReviewItem(string mailbox, TriagedThread thread)
    {
        var target = ReviewLinkTarget.Format(mailbox, thread.ThreadId);
        return new DigestItem($"Review: {Subject(thread.Subject)} (suggested {thread.SuggestedFolder})",
            [new DigestAction(DigestActionKinds.ReviewAccept, target, "Accept"), new DigestAction(DigestActionKinds.ReviewDismiss, target, "Keep in Inbox")]);
    }

    private static void Add(List<string> counts, int count, string label)
    {
        if (count > 0)
        {
            counts.Add(string.Create(CultureInfo.InvariantCulture, $"{label}: {count}"));
        }
    }

    private static string Subject(string? subject) => string.IsNullOrWhiteSpace(subject) ? "(no subject)" : subject.Trim();
}

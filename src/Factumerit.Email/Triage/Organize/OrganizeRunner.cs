using Factumerit.Email.Assistant.Mailboxes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Triage.Organize;

/// <summary>
/// The <c>triage-organize</c> queue's work: one message per page. Page 0 first lists the whole Inbox into stored
/// pages (resuming from the stored threads.list token), because triaging moves threads out of the Inbox and would
/// shift any page listed later. A page is claimed, its threads triaged, the next page's message sent, and only then
/// are the page and its counters recorded together: a crash anywhere repeats at most the unfinished page, whose
/// already-triaged threads are not triaged again.
/// </summary>
public sealed class OrganizeRunner(
    IMailboxStore mailboxes,
    IOrganizeStore store,
    IOrganizeQueue queue,
    IInboxThreadLister lister,
    OrganizeThreadTriage threads,
    TimeProvider time,
    IOptions<OrganizeOptions> options,
    ILogger<OrganizeRunner> logger)
{
    private static readonly TimeSpan WaitForEarlierPage = TimeSpan.FromSeconds(5);

    /// <param name="deliveryId">The queue message's id (the same on each redelivery); null outside a queue.</param>
    /// <param name="delivery">Which delivery of the message this is (1 for the first).</param>
    public async Task<OrganizeRun?> RunAsync(OrganizeRequested request, string? deliveryId, long delivery, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var run = await store.GetRunAsync(request.RunId, cancellationToken).ConfigureAwait(false);
        if (run is null || OrganizeStatuses.IsFinished(run.Status) || request.Page < run.PagesDone)
        {
            return run;
        }
        if (request.Page > run.PagesDone)
        {
            // An earlier page was left unfinished; its redelivery will do it first.
            await queue.SendAsync(request, WaitForEarlierPage, cancellationToken).ConfigureAwait(false);
            return run;
        }
        if (await mailboxes.GetAsync(run.Mailbox, cancellationToken).ConfigureAwait(false) is not { } mailbox)
        {
            return await FinishAsync(run, OrganizeStatuses.Failed, "the mailbox is no longer connected", cancellationToken).ConfigureAwait(false);
        }
        var claimed = await ClaimAsync(run, request.Page, deliveryId ?? Guid.NewGuid().ToString("N"), cancellationToken).ConfigureAwait(false);
        if (claimed is null)
        {
            return run;
        }
        run = claimed.Listed ? claimed : await ListAsync(claimed, mailbox, cancellationToken).ConfigureAwait(false);
        if (request.Page >= run.PagesTotal)
        {
            return await FinishAsync(run, OrganizeStatuses.Completed, null, cancellationToken).ConfigureAwait(false);
        }
        return await DoPageAsync(run, mailbox, request.Page, delivery >= options.Value.LastDelivery, cancellationToken).ConfigureAwait(false);
    }

    /// <returns>The run claimed for this delivery, or null when another delivery holds a fresh claim (this one is requeued).</returns>
    private async Task<OrganizeRun?> ClaimAsync(OrganizeRun run, int page, string deliveryId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var now = time.GetUtcNow();
            var timeout = options.Value.ClaimTimeout;
            if (run.ClaimedPage == page && run.ClaimedBy != deliveryId && run.ClaimedAt is { } at && now - at < timeout)
            {
                var delay = timeout - (now - at) + TimeSpan.FromSeconds(1);
                OrganizeLog.PageBusy(logger, run.Id, page, delay);
                await queue.SendAsync(new OrganizeRequested(run.Mailbox, run.Id, page), delay, cancellationToken).ConfigureAwait(false);
                return null;
            }
            var status = run.Listed ? OrganizeStatuses.Running : OrganizeStatuses.Listing;
            if (await store.TrySaveRunAsync(run with { ClaimedPage = page, ClaimedAt = now, ClaimedBy = deliveryId, Status = status, UpdatedAt = now },
                cancellationToken).ConfigureAwait(false) is { } saved)
            {
                return saved;
            }
            run = await ReloadAsync(run.Id, cancellationToken).ConfigureAwait(false);
            if (OrganizeStatuses.IsFinished(run.Status) || run.PagesDone > page)
            {
                return null;
            }
        }
    }

    private async Task<OrganizeRun> ListAsync(OrganizeRun run, Mailbox mailbox, CancellationToken cancellationToken)
    {
        while (!run.Listed)
        {
            var listed = await lister.ListInboxAsync(mailbox, run.PageSize, run.ListToken, cancellationToken).ConfigureAwait(false);
            var next = string.IsNullOrEmpty(listed.NextPageToken) ? null : listed.NextPageToken;
            var advanced = run with { ListToken = next, Listed = next is null, UpdatedAt = time.GetUtcNow() };
            if (listed.ThreadIds.Count == 0)
            {
                run = await store.TrySaveRunAsync(advanced, cancellationToken).ConfigureAwait(false) ?? await ReloadAsync(run.Id, cancellationToken).ConfigureAwait(false);
                continue;
            }
            var page = new OrganizePage(run.Id, run.PagesTotal, listed.ThreadIds);
            run = await store.TrySavePageAsync(page, advanced with { PagesTotal = run.PagesTotal + 1 }, cancellationToken).ConfigureAwait(false)
                ?? await ReloadAsync(run.Id, cancellationToken).ConfigureAwait(false);
        }
        OrganizeLog.Listed(logger, run.Id, run.PagesTotal);
        return run;
    }

    private async Task<OrganizeRun> DoPageAsync(OrganizeRun run, Mailbox mailbox, int number, bool lastDelivery, CancellationToken cancellationToken)
    {
        var page = await store.GetPageAsync(run.Id, number, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Organize run {run.Id} has no stored page {number}.");
        var counts = new OrganizeCounts();
        foreach (var threadId in page.ThreadIds)
        {
            counts += await threads.TriageAsync(mailbox, run, threadId, lastDelivery, cancellationToken).ConfigureAwait(false);
        }
        var last = number + 1 >= run.PagesTotal;
        if (!last)
        {
            // Sent before the page is recorded as done, so a crash in between leaves a message that waits, never none.
            await queue.SendAsync(new OrganizeRequested(run.Mailbox, run.Id, number + 1), null, cancellationToken).ConfigureAwait(false);
        }
        while (true)
        {
            var now = time.GetUtcNow();
            var done = run with
            {
                PagesDone = number + 1, Counts = run.Counts + counts, ClaimedPage = null, ClaimedAt = null, ClaimedBy = null, UpdatedAt = now,
                Status = last ? OrganizeStatuses.Completed : OrganizeStatuses.Running,
            };
            if (await store.TrySaveRunAsync(done, cancellationToken).ConfigureAwait(false) is { } saved)
            {
                var c = saved.Counts;
                OrganizeLog.PageDone(logger, run.Id, number + 1, run.PagesTotal, c.Seen, c.Moved, c.Kept, c.Review, c.Skipped, c.Errors);
                return last ? await ReleaseAsync(saved, cancellationToken).ConfigureAwait(false) : saved;
            }
            run = await ReloadAsync(run.Id, cancellationToken).ConfigureAwait(false);
            if (run.PagesDone > number || OrganizeStatuses.IsFinished(run.Status))
            {
                return run;
            }
        }
    }

    private async Task<OrganizeRun> FinishAsync(OrganizeRun run, string status, string? error, CancellationToken cancellationToken)
    {
        while (true)
        {
            var finished = run with { Status = status, Error = error, ClaimedPage = null, ClaimedAt = null, ClaimedBy = null, UpdatedAt = time.GetUtcNow() };
            if (await store.TrySaveRunAsync(finished, cancellationToken).ConfigureAwait(false) is { } saved)
            {
                return await ReleaseAsync(saved, cancellationToken).ConfigureAwait(false);
            }
            run = await ReloadAsync(run.Id, cancellationToken).ConfigureAwait(false);
            if (OrganizeStatuses.IsFinished(run.Status))
            {
                return run;
            }
        }
    }

    /// <summary>Frees the mailbox for the next run, unless a newer start has already taken it.</summary>
    private async Task<OrganizeRun> ReleaseAsync(OrganizeRun run, CancellationToken cancellationToken)
    {
        var (held, etag) = await store.GetLeaseAsync(run.Mailbox, cancellationToken).ConfigureAwait(false);
        if (held == run.Id)
        {
            await store.TryWriteLeaseAsync(run.Mailbox, null, etag, cancellationToken).ConfigureAwait(false);
        }
        if (run.Status == OrganizeStatuses.Completed)
        {
            OrganizeLog.Completed(logger, run.Id);
        }
        return run;
    }

    private async Task<OrganizeRun> ReloadAsync(string runId, CancellationToken cancellationToken) =>
        await store.GetRunAsync(runId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Organize run {runId} disappeared.");
}

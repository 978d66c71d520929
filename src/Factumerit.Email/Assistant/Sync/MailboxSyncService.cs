using Factumerit.Email.Assistant.Audit;
using Factumerit.Email.Assistant.Gmail;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Assistant.Messages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Assistant.Sync;

/// <summary>
/// The <c>mailbox-sync</c> queue's work. One sync per mailbox at a time (a lease on the mailbox row, written under
/// its ETag); history is read from the STORED history id, a 404 falls back to a bounded listing of recent mail,
/// the changes fan out to the work queues, and only then is the new history id saved. A failure before that
/// leaves the old id, so the retry reads the same history again and the idempotent consumers absorb repeats.
/// </summary>
public sealed class MailboxSyncService(
    IMailboxStore mailboxes,
    IAssistantEmailStore emails,
    IAssistantEventLog events,
    IAssistantQueue queue,
    IAssistantGmailFactory gmailFactory,
    TimeProvider time,
    IOptions<AssistantOptions> options,
    ILogger<MailboxSyncService> logger)
{
    private static readonly TimeSpan MaxRequeueDelay = TimeSpan.FromSeconds(15);

    public async Task<SyncReport> SyncAsync(MailboxSyncRequested request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow();
        var owner = Guid.NewGuid().ToString("N");
        var settings = options.Value;
        var found = false;
        Mailbox? busy = null;
        var leased = await mailboxes.UpdateAsync(request.Mailbox, m =>
        {
            found = true;
            if (!m.IsLeaseFree(now))
            {
                busy = m;
                return null;
            }
            // Starting now: a push from here on must queue a new sync, as this one may read history before its change.
            return m with { SyncLeaseOwner = owner, SyncLeaseExpiresAt = now + settings.SyncLeaseDuration, SyncPendingUntil = null };
        }, cancellationToken).ConfigureAwait(false);

        if (!found)
        {
            AssistantLog.UnknownMailbox(logger, AssistantLog.Hash(request.Mailbox), "a sync");
            return SyncReport.Unknown(request.Mailbox);
        }
        if (leased is null)
        {
            var delay = busy!.SyncLeaseExpiresAt!.Value - now;
            delay = delay < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : delay > MaxRequeueDelay ? MaxRequeueDelay : delay;
            AssistantLog.SyncBusy(logger, AssistantLog.Hash(busy.Address), delay);
            await queue.SendAsync(AssistantQueues.MailboxSync, request, delay, cancellationToken).ConfigureAwait(false);
            return SyncReport.Requeued(busy.Address);
        }

        try
        {
            var report = await RunAsync(leased, request.Reason, cancellationToken).ConfigureAwait(false);
            await SaveAsync(leased, owner, report.ToHistoryId, cancellationToken).ConfigureAwait(false);
            AssistantLog.Synced(logger, AssistantLog.Hash(leased.Address), request.Reason, report.Changes, report.Work.Count,
                report.FromHistoryId ?? 0, report.ToHistoryId ?? 0);
            return report;
        }
        catch
        {
            // Let the redelivery start at once instead of waiting out the lease.
            await mailboxes.UpdateAsync(leased.Address, m => m.SyncLeaseOwner == owner
                ? m with { SyncLeaseOwner = null, SyncLeaseExpiresAt = null }
                : null, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    private async Task<SyncReport> RunAsync(Mailbox mailbox, string reason, CancellationToken cancellationToken)
    {
        var gmail = gmailFactory.Create(mailbox);
        if (mailbox.HistoryId is not { } start)
        {
            // Never synced: nothing to catch up on; start from now.
            var first = await gmail.GetHistoryIdAsync(cancellationToken).ConfigureAwait(false);
            return new SyncReport(mailbox.Address, false, false, 0, [], null, first);
        }

        IReadOnlyList<AssistantWork> work;
        try
        {
            var changes = await gmail.ListChangesAsync(start, cancellationToken).ConfigureAwait(false);
            var cache = new Dictionary<string, IReadOnlyList<AssistantEmail>>(StringComparer.Ordinal);
            work = await HistoryFanOut.PlanAsync(mailbox, changes.Changes, async thread =>
                cache.TryGetValue(thread, out var records)
                    ? records
                    : cache[thread] = await emails.ListInThreadAsync(mailbox.Address, thread, cancellationToken).ConfigureAwait(false))
                .ConfigureAwait(false);
            await SendAsync(work, cancellationToken).ConfigureAwait(false);
            return new SyncReport(mailbox.Address, false, false, changes.Changes.Count, work, start, changes.HistoryId);
        }
        catch (GmailHistoryGoneException)
        {
            return await FullSyncAsync(gmail, mailbox, start, reason, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>History is gone: classify recent inbox mail (bounded); already-classified messages are skipped downstream.</summary>
    private async Task<SyncReport> FullSyncAsync(IAssistantGmail gmail, Mailbox mailbox, ulong start, string reason,
        CancellationToken cancellationToken)
    {
        AssistantLog.HistoryExpired(logger, AssistantLog.Hash(mailbox.Address), start);
        // Read before listing, so whatever changes during the listing is seen by the next sync.
        var current = await gmail.GetHistoryIdAsync(cancellationToken).ConfigureAwait(false);
        var settings = options.Value;
        var recent = await gmail.SearchAsync(settings.FullSyncQuery, settings.FullSyncMaxMessages, cancellationToken).ConfigureAwait(false);
        var work = recent
            .Select(m => new AssistantWork(AssistantQueues.Classify, new ClassifyRequested(mailbox.Address, m.Id, m.ThreadId), $"classify|{m.Id}"))
            .DistinctBy(w => w.Key)
            .ToList();
        await SendAsync(work, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        await events.RecordAsync(new AssistantEvent(mailbox.Address, AssistantEventTypes.HistoryExpired,
            EventKeys.At(now, AssistantEventTypes.HistoryExpired), now,
            Detail: $"history from {start} expired; full sync queued {work.Count} messages; reason={reason}"), cancellationToken).ConfigureAwait(false);
        return new SyncReport(mailbox.Address, false, true, recent.Count, work, start, current);
    }

    private async Task SendAsync(IEnumerable<AssistantWork> work, CancellationToken cancellationToken)
    {
        foreach (var item in work)
        {
            await queue.SendAsync(item.Queue, item.Message, null, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SaveAsync(Mailbox leased, string owner, ulong? historyId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var lost = false;
        // Usually nobody wrote the row since we leased it, so the leased copy's ETag saves a read.
        if (await mailboxes.TryUpdateAsync(Saved(leased), cancellationToken).ConfigureAwait(false) is not null)
        {
            return;
        }
        await mailboxes.UpdateAsync(leased.Address, m =>
        {
            if (m.SyncLeaseOwner != owner)
            {
                lost = true;
                return null;
            }
            return Saved(m);
        }, cancellationToken).ConfigureAwait(false);
        if (lost)
        {
            AssistantLog.LeaseLost(logger, AssistantLog.Hash(leased.Address));
        }

        Mailbox Saved(Mailbox m)
        {
            // Never backwards: a slower run must not undo a newer one's progress.
            var next = historyId is { } id && (m.HistoryId is null || id > m.HistoryId) ? id : m.HistoryId;
            return m with { HistoryId = next, LastSyncAt = now, SyncLeaseOwner = null, SyncLeaseExpiresAt = null };
        }
    }
}

using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Recruiting.Inbox;
using Factumerit.Email.Recruiting.Pipeline;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Recruiting.Sync;

/// <summary>
/// Runs one recruiting sync task: a bounded, paged messages.list through the mailbox's Gmail client, each message
/// processed once. After every page the task row gets its progress and the lease row the cursor and a new expiry,
/// so a failed run (redelivered from the queue) resumes where it stopped. Exceptions escape for redelivery after the
/// task row is marked failed.
/// </summary>
public sealed class RecruitingSyncRunner(
    IMailboxStore mailboxes,
    IRecruitingStore store,
    IRecruitingSyncStore syncs,
    IRecruitingMailFactory mailFactory,
    RecruitingMessageProcessor processor,
    TimeProvider time,
    IOptions<RecruitingOptions> options,
    ILogger<RecruitingSyncRunner> logger)
{
    public async Task<RecruitingTask?> RunAsync(RecruitingSyncRequested request, IProgress<RecruitingTask>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var task = await syncs.GetTaskAsync(request.TaskId, cancellationToken).ConfigureAwait(false);
        if (task is null || task.Status == TaskStatuses.Completed)
        {
            RecruitingLog.SyncNotRunnable(logger, request.TaskId, task is null ? "unknown task" : "already completed");
            return task;
        }
        var lease = await ClaimAsync(task, cancellationToken).ConfigureAwait(false);
        if (lease is null)
        {
            RecruitingLog.SyncNotRunnable(logger, task.Id, "another sync holds the mailbox");
            return task;
        }
        var mailbox = await mailboxes.GetAsync(task.Mailbox, cancellationToken).ConfigureAwait(false);
        if (mailbox is null || !mailbox.Settings.RecruitingEnabled)
        {
            await syncs.TryWriteLeaseAsync(lease with { TaskId = null, ExpiresAt = null }, cancellationToken).ConfigureAwait(false);
            return await SaveAsync(task with { Status = TaskStatuses.Failed, Error = mailbox is null ? "mailbox not connected" : "recruiting is off for the mailbox" },
                cancellationToken).ConfigureAwait(false);
        }
        task = await SaveAsync(task with { Status = TaskStatuses.Running, Error = null }, cancellationToken).ConfigureAwait(false);
        progress?.Report(task);
        try
        {
            return await ScanAsync(mailbox, task, lease, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            RecruitingLog.SyncFailed(logger, RecruitingLog.Hash(task.Mailbox), task.Id, ex);
            // Free the mailbox but keep the cursor: the redelivery (or the next sync) resumes from it.
            var latest = await syncs.GetLeaseAsync(task.Mailbox, CancellationToken.None).ConfigureAwait(false);
            if (latest?.TaskId == task.Id)
            {
                await syncs.TryWriteLeaseAsync(latest with { ExpiresAt = null }, CancellationToken.None).ConfigureAwait(false);
            }
            var current = await syncs.GetTaskAsync(task.Id, CancellationToken.None).ConfigureAwait(false) ?? task;
            await SaveAsync(current with { Status = TaskStatuses.Failed, Error = $"{ex.GetType().Name}: {ex.Message}" }, CancellationToken.None)
                .ConfigureAwait(false);
            throw;
        }
    }

    private async Task<RecruitingTask> ScanAsync(Mailbox mailbox, RecruitingTask task, RecruitingSyncLease lease,
        IProgress<RecruitingTask>? progress, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var pipeline = new PipelineSnapshot(
            await store.ListCompaniesAsync(mailbox.Address, cancellationToken).ConfigureAwait(false),
            await store.ListContactsAsync(mailbox.Address, cancellationToken).ConfigureAwait(false),
            await store.ListJobsAsync(mailbox.Address, cancellationToken).ConfigureAwait(false));
        var mail = mailFactory.Create(mailbox);
        var summary = task.Summary;
        var pageToken = lease.CursorQuery == settings.SyncQuery ? lease.Cursor : null;
        do
        {
            var size = Math.Min(settings.PageSize, settings.MaxMessages - summary.Scanned);
            if (size <= 0)
            {
                break;
            }
            var page = await mail.ListAsync(settings.SyncQuery, size, pageToken, cancellationToken).ConfigureAwait(false);
            if (summary.Total == 0 || summary.Total < summary.Scanned + page.GmailIds.Count)
            {
                var estimate = Math.Max(page.ResultSizeEstimate ?? 0, summary.Scanned + page.GmailIds.Count);
                summary = summary with { Total = Math.Min(estimate, settings.MaxMessages) };
            }
            foreach (var gmailId in page.GmailIds)
            {
                summary = await ProcessAsync(mailbox.Address, task.Id, mail, gmailId, pipeline, summary, cancellationToken).ConfigureAwait(false);
            }
            pageToken = page.NextPageToken;
            summary = summary with { Pages = summary.Pages + 1, Cursor = pageToken };
            lease = await HeartbeatAsync(lease, settings.SyncQuery, pageToken, cancellationToken).ConfigureAwait(false);
            task = await SaveAsync(task with { Summary = summary }, cancellationToken).ConfigureAwait(false);
            progress?.Report(task);
        }
        while (!string.IsNullOrEmpty(pageToken));

        var now = time.GetUtcNow();
        task = await SaveAsync(task with { Status = TaskStatuses.Completed, Summary = summary with { Cursor = null, Total = summary.Scanned }, FinishedAt = now },
            cancellationToken).ConfigureAwait(false);
        await syncs.TryWriteLeaseAsync(lease with { TaskId = null, ExpiresAt = null, Cursor = null, CursorQuery = null, LastCompletedAt = now },
            cancellationToken).ConfigureAwait(false);
        RecruitingLog.SyncCompleted(logger, RecruitingLog.Hash(mailbox.Address), task.Id, summary.Scanned, summary.Signals, summary.Leads,
            summary.Errors.Count);
        progress?.Report(task);
        return task;
    }

    private async Task<SyncSummary> ProcessAsync(string mailbox, string taskId, IRecruitingMail mail, string gmailId, PipelineSnapshot pipeline,
        SyncSummary summary, CancellationToken cancellationToken)
    {
        summary = summary with { Scanned = summary.Scanned + 1 };
        var message = await mail.GetAsync(gmailId, cancellationToken).ConfigureAwait(false);
        if (message is null)
        {
            return summary;
        }
        var (outcome, error) = await processor.ProcessAsync(mailbox, message, pipeline, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            RecruitingLog.MessageError(logger, taskId, gmailId, outcome.ToString());
            summary = summary.WithError(error);
        }
        return outcome switch
        {
            MessageOutcome.Signal => summary with { Signals = summary.Signals + 1 },
            MessageOutcome.Lead => summary with { Leads = summary.Leads + 1 },
            _ => summary,
        };
    }

    /// <summary>Takes the lease for this task: it is free, or this task holds it already (a redelivery).</summary>
    private async Task<RecruitingSyncLease?> ClaimAsync(RecruitingTask task, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var now = time.GetUtcNow();
            var lease = await syncs.GetLeaseAsync(task.Mailbox, cancellationToken).ConfigureAwait(false)
                ?? new RecruitingSyncLease { Mailbox = task.Mailbox };
            if (lease.TaskId != task.Id && lease.IsHeld(now))
            {
                return null;
            }
            if (await syncs.TryWriteLeaseAsync(lease with { TaskId = task.Id, ExpiresAt = now + options.Value.LeaseDuration }, cancellationToken)
                .ConfigureAwait(false) is { } claimed)
            {
                return claimed;
            }
        }
        return null;
    }

    private async Task<RecruitingSyncLease> HeartbeatAsync(RecruitingSyncLease lease, string query, string? cursor, CancellationToken cancellationToken)
    {
        var renewed = lease with { ExpiresAt = time.GetUtcNow() + options.Value.LeaseDuration, Cursor = cursor, CursorQuery = query };
        return await syncs.TryWriteLeaseAsync(renewed, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The recruiting sync lease was taken over by another run; this run stops.");
    }

    private Task<RecruitingTask> SaveAsync(RecruitingTask task, CancellationToken cancellationToken) =>
        syncs.SaveTaskAsync(task with { UpdatedAt = time.GetUtcNow() }, cancellationToken);
}

using Factumerit.Email.Assistant.Mailboxes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Recruiting.Sync;

/// <summary>
/// Starts a recruiting sync (issue 6, section 4). At most one runs per mailbox: the start takes the mailbox's lease
/// row under its ETag for a new task, and a second request while the lease is held returns the running task's id.
/// </summary>
public sealed class RecruitingSyncStarter(
    IMailboxStore mailboxes,
    IRecruitingSyncStore syncs,
    IRecruitingQueue queue,
    TimeProvider time,
    IOptions<RecruitingOptions> options,
    ILogger<RecruitingSyncStarter> logger)
{
    private const int MaxAttempts = 10;

    /// <param name="enqueue">False when the caller runs the task itself (the CLI) instead of the queue.</param>
    public async Task<SyncStart> StartAsync(string mailbox, bool enqueue = true, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mailbox);
        if (!Mail.EmailAddress.TryParse(mailbox, out var parsed)
            || await mailboxes.GetAsync(parsed.Address, cancellationToken).ConfigureAwait(false) is not { } box)
        {
            return new SyncStart(SyncStartKind.UnknownMailbox, null);
        }
        if (!box.Settings.RecruitingEnabled)
        {
            return new SyncStart(SyncStartKind.Disabled, null);
        }
        var address = box.Address;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var now = time.GetUtcNow();
            var lease = await syncs.GetLeaseAsync(address, cancellationToken).ConfigureAwait(false) ?? new RecruitingSyncLease { Mailbox = address };
            if (lease.IsHeld(now) && await syncs.GetTaskAsync(lease.TaskId!, cancellationToken).ConfigureAwait(false) is { } running
                && !TaskStatuses.IsFinished(running.Status))
            {
                return new SyncStart(SyncStartKind.AlreadyRunning, running.Id);
            }
            var id = Guid.NewGuid().ToString("N");
            var claimed = await syncs.TryWriteLeaseAsync(lease with { TaskId = id, ExpiresAt = now + options.Value.LeaseDuration },
                cancellationToken).ConfigureAwait(false);
            if (claimed is null)
            {
                continue;
            }
            var task = await syncs.SaveTaskAsync(new RecruitingTask
            {
                Id = id, Mailbox = address, Status = TaskStatuses.Queued, CreatedAt = now, UpdatedAt = now,
            }, cancellationToken).ConfigureAwait(false);
            if (enqueue)
            {
                await QueueAsync(task, claimed, cancellationToken).ConfigureAwait(false);
            }
            RecruitingLog.SyncStarted(logger, RecruitingLog.Hash(address), id);
            return new SyncStart(SyncStartKind.Started, id);
        }
        throw new InvalidOperationException($"The recruiting lease row kept changing under {MaxAttempts} attempts to take it.");
    }

    private async Task QueueAsync(RecruitingTask task, RecruitingSyncLease lease, CancellationToken cancellationToken)
    {
        try
        {
            await queue.SendAsync(new RecruitingSyncRequested(task.Mailbox, task.Id), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // A task nobody will run must neither hold the mailbox nor look as if it were running.
            await syncs.TryWriteLeaseAsync(lease with { TaskId = null, ExpiresAt = null }, CancellationToken.None).ConfigureAwait(false);
            await syncs.SaveTaskAsync(task with { Status = TaskStatuses.Failed, Error = "could not be queued: " + ex.GetType().Name,
                UpdatedAt = time.GetUtcNow() }, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }
}

using Factumerit.Email.Assistant.Mailboxes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Triage.Organize;

/// <summary>
/// Starts an Organize Inbox run. At most one runs per mailbox: the start points the mailbox's lease row at the new
/// run under its ETag, and a second start while that run is unfinished returns the running id.
/// </summary>
public sealed class OrganizeStarter(
    IMailboxStore mailboxes,
    IOrganizeStore store,
    IOrganizeQueue queue,
    TimeProvider time,
    IOptions<OrganizeOptions> options,
    ILogger<OrganizeStarter> logger)
{
    private const int MaxAttempts = 10;

    public async Task<OrganizeStart> StartAsync(string mailbox, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mailbox);
        if (!Mail.EmailAddress.TryParse(mailbox, out var parsed)
            || await mailboxes.GetAsync(parsed.Address, cancellationToken).ConfigureAwait(false) is not { } box)
        {
            return new OrganizeStart(OrganizeStartKind.UnknownMailbox, null);
        }
        if (!box.Settings.TriageEnabled)
        {
            return new OrganizeStart(OrganizeStartKind.Disabled, null);
        }
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var (held, etag) = await store.GetLeaseAsync(box.Address, cancellationToken).ConfigureAwait(false);
            if (held is not null && await store.GetRunAsync(held, cancellationToken).ConfigureAwait(false) is { } running
                && !OrganizeStatuses.IsFinished(running.Status))
            {
                return new OrganizeStart(OrganizeStartKind.AlreadyRunning, running.Id);
            }
            var id = Guid.NewGuid().ToString("N");
            if (!await store.TryWriteLeaseAsync(box.Address, id, etag, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }
            var now = time.GetUtcNow();
            var run = await store.TrySaveRunAsync(new OrganizeRun
            {
                Id = id, Mailbox = box.Address, Status = OrganizeStatuses.Queued, PageSize = options.Value.PageSize, CreatedAt = now, UpdatedAt = now,
            }, cancellationToken).ConfigureAwait(false) ?? throw new InvalidOperationException("A new organize run id was already taken.");
            await QueueAsync(run, cancellationToken).ConfigureAwait(false);
            OrganizeLog.Started(logger, id, run.PageSize);
            return new OrganizeStart(OrganizeStartKind.Started, id);
        }
        throw new InvalidOperationException($"The organize lease row kept changing under {MaxAttempts} attempts to take it.");
    }

    private async Task QueueAsync(OrganizeRun run, CancellationToken cancellationToken)
    {
        try
        {
            await queue.SendAsync(new OrganizeRequested(run.Mailbox, run.Id, 0), null, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // A run nobody will do must not look as if it were running, nor hold the mailbox.
            await store.TrySaveRunAsync(run with { Status = OrganizeStatuses.Failed, Error = "could not be queued: " + ex.GetType().Name,
                UpdatedAt = time.GetUtcNow() }, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }
}

public enum OrganizeStartKind
{
    Started,
    AlreadyRunning,
    UnknownMailbox,
    Disabled,
}

/// <param name="RunId">The new or the running run; null when none was started.</param>
public sealed record OrganizeStart(OrganizeStartKind Kind, string? RunId);

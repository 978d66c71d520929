using Factumerit.Email.Assistant.Audit;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Assistant.Messages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Assistant.Sync;

/// <summary>
/// Asks for a mailbox sync, coalescing bursts: the first request marks the mailbox "sync pending" for a short
/// window and queues one sync to run at the window's end; requests inside the window are absorbed by it, since
/// it will read history after their changes. Pushes, the poll timer and the CLI all come through here.
/// </summary>
public sealed class SyncRequests(
    IMailboxStore mailboxes,
    IAssistantQueue queue,
    IAssistantEventLog events,
    TimeProvider time,
    IOptions<AssistantOptions> options,
    ILogger<SyncRequests> logger)
{
    public async Task<SyncRequestOutcome> RequestAsync(string mailbox, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mailbox);
        var address = Mail.EmailAddress.TryParse(mailbox, out var parsed) ? parsed.Address : mailbox.Trim().ToLowerInvariant();
        var now = time.GetUtcNow();
        var window = options.Value.SyncCoalesceWindow;
        var found = false;
        var marked = await mailboxes.UpdateAsync(address, m =>
        {
            found = true;
            return m.SyncPendingUntil is { } until && until > now ? null : m with { SyncPendingUntil = now + window };
        }, cancellationToken).ConfigureAwait(false);
        if (!found)
        {
            AssistantLog.UnknownMailbox(logger, AssistantLog.Hash(address), "a sync request (" + reason + ")");
            // Audited, and answered as success so Pub/Sub does not redeliver a push we can never handle.
            await events.RecordAsync(new AssistantEvent(address, AssistantEventTypes.PushIgnored,
                EventKeys.At(now, AssistantEventTypes.PushIgnored), now, Detail: $"no connected mailbox; reason={reason}"),
                cancellationToken).ConfigureAwait(false);
            return SyncRequestOutcome.UnknownMailbox;
        }
        if (marked is null)
        {
            return SyncRequestOutcome.Coalesced;
        }
        try
        {
            await queue.SendAsync(AssistantQueues.MailboxSync, new MailboxSyncRequested(address, reason),
                window > TimeSpan.Zero ? window : null, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // Without its sync, the mark would swallow every push in the window, including this one's retry.
            await mailboxes.UpdateAsync(address, m => m.SyncPendingUntil == marked.SyncPendingUntil ? m with { SyncPendingUntil = null } : null,
                CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        return SyncRequestOutcome.Queued;
    }

    /// <summary>The poll fallback: a (coalesced) sync for every connected mailbox.</summary>
    public async Task<int> RequestAllAsync(string reason, CancellationToken cancellationToken = default)
    {
        var queued = 0;
        foreach (var mailbox in await mailboxes.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await RequestAsync(mailbox.Address, reason, cancellationToken).ConfigureAwait(false) == SyncRequestOutcome.Queued)
            {
                queued++;
            }
        }
        return queued;
    }
}

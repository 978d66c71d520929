using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Audit;
using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.Drafting;
using Factumerit.Email.Drafting.Mail;
using Factumerit.Email.Mail;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Lifecycle;

/// <summary>
/// The user put Done on a thread: spec 002, "Done Handler". Every assistant label but Done, and INBOX, come off
/// every message; the record is archived once, with an <c>archived</c> event.
/// </summary>
public sealed class DoneService(IAssistantEmailStore store, IAssistantMailboxes mailboxes, IAssistantEventLog events,
    TimeProvider time, ILogger<DoneService> logger)
{
    private static readonly string[] Cleared = [.. AssistantLabels.Clearable, SystemLabels.Inbox];

    /// <returns>True when the thread was found and cleared.</returns>
    public async Task<bool> HandleAsync(DoneRequested request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Mailbox);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.ThreadId);

        var mailbox = await mailboxes.OpenAsync(request.Mailbox, cancellationToken).ConfigureAwait(false);
        var thread = await mailbox.GetThreadAsync(request.ThreadId, withBodies: false, cancellationToken).ConfigureAwait(false);
        if (thread is null)
        {
            return false;
        }
        await mailbox.RelabelAsync(thread, [], Cleared, cancellationToken).ConfigureAwait(false);

        var record = await store.FindLatestInThreadAsync(request.Mailbox, request.ThreadId, cancellationToken).ConfigureAwait(false);
        if (record is not null && record.Status != EmailStatus.Archived)
        {
            var now = time.GetUtcNow();
            await events.RecordForAsync(record, AssistantEventTypes.Archived, now, cancellationToken: cancellationToken).ConfigureAwait(false);
            await EmailRecords.TryUpdateAsync(store, record, fresh => fresh with { Status = EmailStatus.Archived, ActedAt = now },
                cancellationToken).ConfigureAwait(false);
        }
        Log.Archived(logger, request.ThreadId, SenderHash.Compute(request.Mailbox));
        return true;
    }
}

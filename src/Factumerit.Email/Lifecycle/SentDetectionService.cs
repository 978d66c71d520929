using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Audit;
using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.Drafting;
using Factumerit.Email.Drafting.Mail;
using Factumerit.Email.Mail;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Lifecycle;

/// <summary>
/// A message was deleted, which is what sending a draft looks like from the history: spec 002, "Sent Detection".
/// When the record's draft is gone, Outbox comes off the thread and the record becomes <c>sent</c>.
/// </summary>
/// <remarks>
/// <see cref="SentCheckRequested.MessageId"/> is the id of the assistant record (the email that was drafted for),
/// which the sync side finds from the deleted draft message's thread.
/// </remarks>
public sealed class SentDetectionService(IAssistantEmailStore store, IAssistantMailboxes mailboxes, IAssistantEventLog events,
    TimeProvider time, ILogger<SentDetectionService> logger)
{
    /// <returns>True when the draft was found gone and the record marked sent.</returns>
    public async Task<bool> HandleAsync(SentCheckRequested request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Mailbox);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.MessageId);
        var mailboxHash = SenderHash.Compute(request.Mailbox);

        var record = await store.GetAsync(request.Mailbox, request.MessageId, cancellationToken).ConfigureAwait(false);
        if (record is not { Status: EmailStatus.Drafted, DraftId: { } draftId })
        {
            Log.SentCheckSkipped(logger, request.MessageId, mailboxHash, record is null ? "no record" : $"status {record.Status}");
            return false;
        }
        var mailbox = await mailboxes.OpenAsync(request.Mailbox, cancellationToken).ConfigureAwait(false);
        if (await mailbox.DraftExistsAsync(draftId, cancellationToken).ConfigureAwait(false))
        {
            Log.SentCheckSkipped(logger, request.MessageId, mailboxHash, "draft still exists");
            return false;
        }
        // A rework or redraft replaces the draft: if the record moved on to a new one while we looked, the old
        // draft was replaced, not sent.
        record = await store.GetAsync(request.Mailbox, request.MessageId, cancellationToken).ConfigureAwait(false);
        if (record is not { Status: EmailStatus.Drafted } || record.DraftId != draftId)
        {
            Log.SentCheckSkipped(logger, request.MessageId, mailboxHash, "the draft was replaced");
            return false;
        }

        if (await mailbox.GetThreadAsync(record.ThreadId, withBodies: false, cancellationToken).ConfigureAwait(false) is { } thread)
        {
            await mailbox.RelabelAsync(thread, [], [AssistantLabels.Outbox], cancellationToken).ConfigureAwait(false);
        }
        var now = time.GetUtcNow();
        await events.RecordForAsync(record, AssistantEventTypes.SentDetected, now, draftId, cancellationToken).ConfigureAwait(false);
        await EmailRecords.TryUpdateAsync(store, record, fresh => fresh.Status == EmailStatus.Drafted && fresh.DraftId == draftId
            ? fresh with { Status = EmailStatus.Sent, ActedAt = now }
            : null, cancellationToken).ConfigureAwait(false);
        Log.SentDetected(logger, request.MessageId, mailboxHash);
        return true;
    }
}

using System.Globalization;
using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Audit;
using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.Drafting;
using Factumerit.Email.Drafting.Mail;
using Factumerit.Email.Mail;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Lifecycle;

/// <summary>
/// A message arrived on a Waiting thread: spec 002, "Waiting Retriage". When the thread holds more messages than the
/// record last saw, Waiting comes off and the thread is classified again. Idempotent: the record then holds the new
/// count, so a redelivered request finds nothing new.
/// </summary>
public sealed class WaitingRetriageService(IAssistantEmailStore store, IAssistantMailboxes mailboxes, IReclassifier reclassifier,
    IAssistantEventLog events, TimeProvider time, ILogger<WaitingRetriageService> logger)
{
    /// <returns>True when new messages were found and reclassification was requested.</returns>
    public async Task<bool> HandleAsync(RetriageRequested request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Mailbox);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.ThreadId);
        var mailboxHash = SenderHash.Compute(request.Mailbox);

        var record = await store.FindLatestInThreadAsync(request.Mailbox, request.ThreadId, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            Log.RetriageSkipped(logger, request.ThreadId, mailboxHash, "no record");
            return false;
        }
        var mailbox = await mailboxes.OpenAsync(request.Mailbox, cancellationToken).ConfigureAwait(false);
        var thread = await mailbox.GetThreadAsync(request.ThreadId, withBodies: false, cancellationToken).ConfigureAwait(false);
        var count = thread?.DeliveredCount ?? 0;
        if (thread is null || count <= record.MessageCount)
        {
            Log.RetriageSkipped(logger, request.ThreadId, mailboxHash, "no new messages");
            return false;
        }

        await mailbox.RelabelAsync(thread, [], [AssistantLabels.Waiting], cancellationToken).ConfigureAwait(false);
        var newest = thread.Delivered.Last();
        await reclassifier.ReclassifyAsync(request.Mailbox, request.ThreadId, newest.Id, cancellationToken).ConfigureAwait(false);
        await events.RecordForAsync(record, AssistantEventTypes.WaitingRetriaged, time.GetUtcNow(),
            count.ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
        await EmailRecords.TryUpdateAsync(store, record, fresh => fresh.MessageCount < count ? fresh with { MessageCount = count } : null,
            cancellationToken).ConfigureAwait(false);
        Log.Retriaged(logger, request.ThreadId, mailboxHash, record.MessageCount, count);
        return true;
    }
}

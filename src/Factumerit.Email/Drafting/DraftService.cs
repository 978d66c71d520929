using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.Drafting.Mail;
using Factumerit.Email.Mail;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Drafting;

/// <summary>
/// Drafts a reply to an email classified <c>needs_response</c>: spec 002, "Draft Generation", steps 1 to 8.
/// Idempotent: a redelivered request for an email that is no longer pending does nothing.
/// </summary>
public sealed class DraftService(IAssistantEmailStore store, IAssistantMailboxes mailboxes, DraftWriter writer,
    ILogger<DraftService> logger)
{
    public async Task<DraftOutcome> HandleAsync(DraftRequested request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Mailbox);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.MessageId);
        var mailboxHash = SenderHash.Compute(request.Mailbox);

        var record = await store.GetAsync(request.Mailbox, request.MessageId, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            Log.RecordMissing(logger, mailboxHash, request.MessageId);
            return DraftOutcome.Ignored;
        }
        if (record.Status != EmailStatus.Pending)
        {
            Log.NotPending(logger, mailboxHash, request.MessageId, record.Status.ToString());
            return DraftOutcome.Ignored;
        }

        using var activity = DraftingTelemetry.Start("draft", mailboxHash, record.ThreadId);
        var mailbox = await mailboxes.OpenAsync(request.Mailbox, cancellationToken).ConfigureAwait(false);
        var thread = await mailbox.GetThreadAsync(record.ThreadId, withBodies: true, cancellationToken).ConfigureAwait(false);
        var replied = thread?.ReplyTarget(mailbox.Address);
        if (thread is null || replied is null)
        {
            Log.ThreadMissing(logger, mailboxHash, record.ThreadId);
            return DraftOutcome.Ignored;
        }

        var usage = new LlmUsage();
        var text = await writer.ComposeAsync(mailbox, record, thread, replied, null, usage, cancellationToken).ConfigureAwait(false);
        DraftRef[] known = record.DraftId is { } previous ? [new DraftRef(previous, record.DraftMessageId)] : [];
        var (draft, kept) = await writer.PublishAsync(mailbox, thread, replied, ReworkMarker.Wrap(text), known, allThreadDrafts: false,
            [AssistantLabels.NeedsResponse], AssistantLabels.Outbox, cancellationToken).ConfigureAwait(false);
        if (!kept)
        {
            // Another email of the thread was drafted at the same time and its draft stayed: it is the thread's reply.
            await EmailRecords.TryUpdateAsync(store, record, current => current.Status == EmailStatus.Pending
                ? current with { Status = EmailStatus.Skipped, MessageCount = thread.DeliveredCount }
                : null, cancellationToken).ConfigureAwait(false);
            Log.Superseded(logger, request.MessageId, mailboxHash, draft.DraftId);
            return DraftOutcome.From(DraftResult.Superseded, null, usage, mailbox.QuotaUnits);
        }

        var written = await EmailRecords.TryUpdateAsync(store, record, current => current.Status == EmailStatus.Pending
            ? current with
            {
                Status = EmailStatus.Drafted,
                DraftId = draft.DraftId,
                // Sync tells the deletion of this message (the draft sent) from other deletions in the thread.
                DraftMessageId = draft.MessageId,
                MessageCount = thread.DeliveredCount,
            }
            : null, cancellationToken).ConfigureAwait(false);
        if (written is null)
        {
            // A concurrent delivery drafted this email first; keep its draft, not a second one.
            if (draft.MessageId is { } own)
            {
                await mailbox.TrashDraftMessageAsync(own, cancellationToken).ConfigureAwait(false);
            }
            Log.Superseded(logger, request.MessageId, mailboxHash, draft.DraftId);
            return DraftOutcome.From(DraftResult.Superseded, null, usage, mailbox.QuotaUnits);
        }
        Log.Drafted(logger, draft.DraftId, thread.Id, mailboxHash, usage.Calls, usage.PromptTokens, mailbox.QuotaUnits);
        return DraftOutcome.From(DraftResult.Drafted, draft.DraftId, usage, mailbox.QuotaUnits);
    }
}

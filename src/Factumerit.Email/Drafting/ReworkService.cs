using System.Globalization;
using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Audit;
using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.Drafting.Mail;
using Factumerit.Email.Lifecycle;
using Factumerit.Email.Mail;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Drafting;

/// <summary>
/// Redrafts a reply with the instructions the user typed above the ✂️ marker: spec 002, "Rework Loop". At most
/// <see cref="DraftLimits.MaxReworks"/> reworks; the last carries a warning, and one more moves the thread to
/// Action Required. Idempotent: once the Rework label is gone, a redelivered request does nothing.
/// </summary>
public sealed class ReworkService(IAssistantEmailStore store, IAssistantMailboxes mailboxes, DraftWriter writer,
    IAssistantEventLog events, TimeProvider time, ILogger<ReworkService> logger)
{
    public async Task<DraftOutcome> HandleAsync(ReworkRequested request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Mailbox);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.ThreadId);
        var mailboxHash = SenderHash.Compute(request.Mailbox);

        var record = await store.FindLatestInThreadAsync(request.Mailbox, request.ThreadId, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            Log.RecordMissing(logger, mailboxHash, request.ThreadId);
            return DraftOutcome.Ignored;
        }

        using var activity = DraftingTelemetry.Start("rework", mailboxHash, request.ThreadId);
        var mailbox = await mailboxes.OpenAsync(request.Mailbox, cancellationToken).ConfigureAwait(false);
        if (record.ReworkCount >= DraftLimits.MaxReworks)
        {
            return await StopAtLimitAsync(mailbox, record, mailboxHash, cancellationToken).ConfigureAwait(false);
        }

        var thread = await mailbox.GetThreadAsync(request.ThreadId, withBodies: true, cancellationToken).ConfigureAwait(false);
        var replied = thread?.ReplyTarget(mailbox.Address);
        if (thread is null || replied is null)
        {
            Log.ThreadMissing(logger, mailboxHash, request.ThreadId);
            return DraftOutcome.Ignored;
        }
        if (!thread.AnyHasLabel(AssistantLabels.Rework))
        {
            Log.ReworkNotRequested(logger, request.ThreadId, mailboxHash);
            return DraftOutcome.Ignored;
        }

        var current = record.DraftId is { } id ? await mailbox.GetDraftAsync(id, cancellationToken).ConfigureAwait(false) : null;
        var instructions = ReworkMarker.InstructionsAbove(current?.Body) ?? ReworkMarker.NoInstruction;
        var usage = new LlmUsage();
        var text = await writer.ComposeAsync(mailbox, record, thread, replied, instructions, usage, cancellationToken).ConfigureAwait(false);

        var count = record.ReworkCount + 1;
        var last = count == DraftLimits.MaxReworks;
        var body = ReworkMarker.Wrap(last ? ReworkMarker.LastReworkWarning + "\n\n" + text : text);
        DraftRef[] known = current is not null ? [new DraftRef(current.Id, current.MessageId)]
            : record.DraftId is { } gone ? [new DraftRef(gone, record.DraftMessageId)] : [];
        string[] remove = last ? [AssistantLabels.Rework, AssistantLabels.Outbox] : [AssistantLabels.Rework];
        var (draft, kept) = await writer.PublishAsync(mailbox, thread, replied, body, known, allThreadDrafts: false, remove,
            last ? AssistantLabels.ActionRequired : AssistantLabels.Outbox, cancellationToken).ConfigureAwait(false);
        if (!kept)
        {
            // A racing rework of the same thread left its draft; it records the rework.
            return DraftOutcome.From(DraftResult.Superseded, null, usage, mailbox.QuotaUnits);
        }

        await EmailRecords.TryUpdateAsync(store, record, fresh => fresh with
        {
            Status = EmailStatus.Drafted,
            DraftId = draft.DraftId,
            DraftMessageId = draft.MessageId,
            ReworkCount = count,
            ReworkInstruction = instructions,
            MessageCount = thread.DeliveredCount,
        }, cancellationToken).ConfigureAwait(false);
        Log.Drafted(logger, draft.DraftId, thread.Id, mailboxHash, usage.Calls, usage.PromptTokens, mailbox.QuotaUnits);
        return DraftOutcome.From(DraftResult.Drafted, draft.DraftId, usage, mailbox.QuotaUnits);
    }

    /// <summary>Spec 002, rework step 2: Rework → Action Required, status skipped, <c>rework_limit_reached</c>.</summary>
    private async Task<DraftOutcome> StopAtLimitAsync(IAssistantMailbox mailbox, AssistantEmail record, string mailboxHash,
        CancellationToken cancellationToken)
    {
        var thread = await mailbox.GetThreadAsync(record.ThreadId, withBodies: false, cancellationToken).ConfigureAwait(false);
        if (thread is not null)
        {
            await mailbox.RelabelAsync(thread, [AssistantLabels.ActionRequired], [AssistantLabels.Rework], cancellationToken)
                .ConfigureAwait(false);
        }
        if (record.Status != EmailStatus.Skipped)
        {
            // The event goes first: if the status write then fails, the retry writes it again rather than never.
            await events.RecordForAsync(record, AssistantEventTypes.ReworkLimitReached, time.GetUtcNow(),
                record.ReworkCount.ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
            await EmailRecords.TryUpdateAsync(store, record, fresh => fresh with { Status = EmailStatus.Skipped }, cancellationToken)
                .ConfigureAwait(false);
            Log.ReworkLimitReached(logger, record.ThreadId, mailboxHash);
        }
        return new DraftOutcome(DraftResult.LimitReached, null, 0, 0, 0, mailbox.QuotaUnits);
    }
}

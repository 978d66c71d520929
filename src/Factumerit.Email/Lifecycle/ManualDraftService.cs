using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.Drafting;
using Factumerit.Email.Drafting.Mail;
using Factumerit.Email.Mail;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Lifecycle;

/// <summary>
/// The user put Needs Response on a thread by hand: spec 002, "Manual Draft". Same draft as the automatic one, plus
/// the instructions from the user's notes draft, which is removed with any stale AI draft.
/// Idempotent: an email that is already drafted is left alone.
/// </summary>
public sealed class ManualDraftService(IAssistantEmailStore store, IAssistantMailboxes mailboxes, DraftWriter writer,
    TimeProvider time, ILogger<ManualDraftService> logger)
{
    public async Task<DraftOutcome> HandleAsync(ManualDraftRequested request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Mailbox);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.ThreadId);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.MessageId);
        var mailboxHash = SenderHash.Compute(request.Mailbox);

        var record = await store.GetAsync(request.Mailbox, request.MessageId, cancellationToken).ConfigureAwait(false)
            ?? await store.FindLatestInThreadAsync(request.Mailbox, request.ThreadId, cancellationToken).ConfigureAwait(false);
        if (record?.Status == EmailStatus.Drafted)
        {
            Log.ManualDraftSkipped(logger, request.ThreadId, mailboxHash, "already drafted");
            return DraftOutcome.Ignored;
        }

        var mailbox = await mailboxes.OpenAsync(request.Mailbox, cancellationToken).ConfigureAwait(false);
        var thread = await mailbox.GetThreadAsync(request.ThreadId, withBodies: true, cancellationToken).ConfigureAwait(false);
        var replied = thread?.ReplyTarget(mailbox.Address);
        if (thread is null || replied is null)
        {
            Log.ManualDraftSkipped(logger, request.ThreadId, mailboxHash, "thread gone");
            return DraftOutcome.Ignored;
        }

        var notes = ReworkMarker.NotesFrom(thread.Drafts.LastOrDefault()?.Body);
        record ??= await AddRecordAsync(request, thread, replied, cancellationToken).ConfigureAwait(false);
        if (record.Status == EmailStatus.Drafted)
        {
            return DraftOutcome.Ignored;
        }

        var usage = new LlmUsage();
        var text = await writer.ComposeAsync(mailbox, record, thread, replied, notes, usage, cancellationToken).ConfigureAwait(false);
        DraftRef[] known = record.DraftId is { } previous ? [new DraftRef(previous, record.DraftMessageId)] : [];
        var (draft, kept) = await writer.PublishAsync(mailbox, thread, replied, ReworkMarker.Wrap(text), known, allThreadDrafts: true,
            [AssistantLabels.NeedsResponse], AssistantLabels.Outbox, cancellationToken).ConfigureAwait(false);
        if (!kept)
        {
            return DraftOutcome.From(DraftResult.Superseded, null, usage, mailbox.QuotaUnits);
        }

        await EmailRecords.TryUpdateAsync(store, record, fresh => fresh with
        {
            Category = Categories.NeedsResponse,
            Status = EmailStatus.Drafted,
            DraftId = draft.DraftId,
            DraftMessageId = draft.MessageId,
            MessageCount = thread.DeliveredCount,
        }, cancellationToken).ConfigureAwait(false);
        Log.ManualDrafted(logger, draft.DraftId, thread.Id, mailboxHash, usage.Calls, usage.PromptTokens, mailbox.QuotaUnits);
        return DraftOutcome.From(DraftResult.Drafted, draft.DraftId, usage, mailbox.QuotaUnits);
    }

    /// <summary>Spec 002, manual draft step 4: the email gets a needs_response record if it had none.</summary>
    private async Task<AssistantEmail> AddRecordAsync(ManualDraftRequested request, MailThread thread, MailMessage replied,
        CancellationToken cancellationToken)
    {
        var labelled = thread.Find(request.MessageId) ?? replied;
        var record = new AssistantEmail
        {
            Mailbox = request.Mailbox,
            MessageId = request.MessageId,
            ThreadId = request.ThreadId,
            From = labelled.FromAddress,
            Subject = labelled.Subject,
            Category = Categories.NeedsResponse,
            Status = EmailStatus.Pending,
            MessageCount = thread.DeliveredCount,
            ClassifiedAt = time.GetUtcNow(),
        };
        if (await store.TryAddAsync(record, cancellationToken).ConfigureAwait(false))
        {
            // The store assigns the ETag; read it back so the final update is conditional on it.
            return await store.GetAsync(request.Mailbox, request.MessageId, cancellationToken).ConfigureAwait(false) ?? record;
        }
        return await store.GetAsync(request.Mailbox, request.MessageId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Assistant record {request.MessageId} exists but cannot be read.");
    }
}

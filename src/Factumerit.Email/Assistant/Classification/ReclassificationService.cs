using Factumerit.Email.Assistant.Audit;
using Factumerit.Email.Assistant.Gmail;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Assistant.Messages;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Assistant.Classification;

/// <summary>
/// Runs the full classification again for an email that has one (spec 004 "Reclassification"): the operator
/// endpoint, and waiting-thread retriage. When the category changes the thread's label moves; when it leaves
/// needs_response the dangling AI drafts are trashed; when it becomes needs_response a draft is requested.
/// </summary>
public sealed class ReclassificationService(
    IMailboxStore mailboxes,
    IAssistantEmailStore emails,
    IAssistantEventLog events,
    IAssistantQueue queue,
    IAssistantGmailFactory gmailFactory,
    EmailClassifier classifier,
    EmailClassificationService classification,
    TimeProvider time,
    ILogger<ReclassificationService> logger)
{
    /// <summary>The marker that separates user instructions from AI text in every AI draft (spec 002).</summary>
    public const string ReworkMarker = "\u2702\uFE0F";

    public async Task<ReclassifyOutcome> ReclassifyAsync(string mailbox, string messageId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mailbox);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        var box = await mailboxes.GetAsync(mailbox, cancellationToken).ConfigureAwait(false);
        if (box is null)
        {
            return new ReclassifyOutcome(ReclassifyOutcomeKind.UnknownMailbox);
        }
        var record = await emails.GetAsync(box.Address, messageId, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return new ReclassifyOutcome(ReclassifyOutcomeKind.NotFound);
        }
        var gmail = gmailFactory.Create(box);
        var thread = await TryGetThreadAsync(gmail, record.ThreadId, cancellationToken).ConfigureAwait(false);
        if (thread?.Messages.FirstOrDefault(m => m.Id == messageId) is not { } message)
        {
            return new ReclassifyOutcome(ReclassifyOutcomeKind.MessageGone, record, record.Category);
        }
        return await ReclassifyAsync(gmail, box, record, thread, message, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Retriage of a thread: reclassifies its newest message from someone else, or classifies it for the first
    /// time when it has no record yet.
    /// </summary>
    public async Task<ReclassifyOutcome> ReclassifyThreadAsync(string mailbox, string threadId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mailbox);
        ArgumentException.ThrowIfNullOrWhiteSpace(threadId);
        var box = await mailboxes.GetAsync(mailbox, cancellationToken).ConfigureAwait(false);
        if (box is null)
        {
            return new ReclassifyOutcome(ReclassifyOutcomeKind.UnknownMailbox);
        }
        var gmail = gmailFactory.Create(box);
        var thread = await TryGetThreadAsync(gmail, threadId, cancellationToken).ConfigureAwait(false);
        if (thread?.Sent.LastOrDefault(m => !m.IsFromUser) is not { } newest)
        {
            return new ReclassifyOutcome(ReclassifyOutcomeKind.MessageGone);
        }
        if (await emails.GetAsync(box.Address, newest.Id, cancellationToken).ConfigureAwait(false) is { Category: not null } record)
        {
            return await ReclassifyAsync(gmail, box, record, thread, newest, cancellationToken).ConfigureAwait(false);
        }
        var first = await classification.ClassifyAsync(new ClassifyRequested(box.Address, newest.Id, threadId), cancellationToken)
            .ConfigureAwait(false);
        return new ReclassifyOutcome(ReclassifyOutcomeKind.ClassifiedNew, first.Email);
    }

    private async Task<ReclassifyOutcome> ReclassifyAsync(IAssistantGmail gmail, Mailbox box, AssistantEmail record,
        GmailThreadSnapshot thread, GmailThreadMessage message, CancellationToken cancellationToken)
    {
        var input = ThreadInput.For(thread, message);
        ClassificationResult result;
        using (LlmAuditScope.Begin(box.Address, message.Id))
        {
            result = await classifier.ClassifyAsync(input, box.Settings, (box.Address, message.Id), cancellationToken).ConfigureAwait(false);
        }
        var old = record.Category;
        var now = time.GetUtcNow();
        // The record changes before the label does, so a sync seeing our label change finds the new category and
        // does not take an added Needs Response label for the user's manual-draft request.
        var updated = await EmailRecords.UpdateAsync(emails, record, r => ClassifiedRecord.Apply(r, input, result, thread, message, now) with
        {
            LabelApplied = true,
            Status = result.Category == Categories.NeedsResponse ? EmailStatus.Pending
                : r.Status == EmailStatus.Drafted ? EmailStatus.Skipped : r.Status,
        }, cancellationToken).ConfigureAwait(false);
        await ThreadLabels.ApplyAsync(gmail, box, thread, result.Category, cancellationToken).ConfigureAwait(false);
        var trashed = old == Categories.NeedsResponse && result.Category != Categories.NeedsResponse
            ? await TrashAiDraftsAsync(gmail, thread, updated, cancellationToken).ConfigureAwait(false)
            : 0;
        if (trashed > 0)
        {
            updated = await EmailRecords.UpdateAsync(emails, updated, r => r with { DraftId = null, DraftMessageId = null }, cancellationToken)
                .ConfigureAwait(false);
        }

        if (result.Category == Categories.NeedsResponse && old != Categories.NeedsResponse)
        {
            await queue.SendAsync(AssistantQueues.Draft, new DraftRequested(box.Address, record.MessageId), null, cancellationToken)
                .ConfigureAwait(false);
        }
        await events.RecordAsync(new AssistantEvent(box.Address, AssistantEventTypes.Reclassified,
            EventKeys.At(now, AssistantEventTypes.Reclassified), now, record.MessageId, record.ThreadId, result.Category,
            $"{old ?? "-"} -> {result.Category}; drafts trashed={trashed}; {ClassifiedRecord.Describe(updated)}"), cancellationToken)
            .ConfigureAwait(false);
        AssistantLog.Reclassified(logger, record.MessageId, AssistantLog.Hash(box.Address), old, result.Category, trashed);
        return new ReclassifyOutcome(ReclassifyOutcomeKind.Reclassified, updated, old, trashed, result);
    }

    /// <summary>
    /// The record's draft, and any draft in the thread carrying the rework marker (only AI drafts do), go to Trash
    /// as spec 002 has it: messages.trash on the draft's message, as Gmail has no drafts.trash.
    /// </summary>
    private static async Task<int> TrashAiDraftsAsync(IAssistantGmail gmail, GmailThreadSnapshot thread, AssistantEmail record,
        CancellationToken cancellationToken)
    {
        var aiMessages = thread.Messages.Where(m => m.IsDraft && m.Body.Contains(ReworkMarker, StringComparison.Ordinal))
            .Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        if (record.DraftMessageId is { } known)
        {
            aiMessages.Add(known);
        }
        else if (record.DraftId is { } draftId)
        {
            // Records written before the draft's message id was stored: find it among the drafts.
            var drafts = await gmail.ListDraftsAsync(cancellationToken).ConfigureAwait(false);
            if (drafts.FirstOrDefault(d => d.DraftId == draftId)?.MessageId is { } found)
            {
                aiMessages.Add(found);
            }
        }
        aiMessages.ExceptWith(thread.Messages.Where(m => m.HasLabel(GmailSystemLabels.Trash)).Select(m => m.Id));
        foreach (var messageId in aiMessages)
        {
            await gmail.TrashMessageAsync(messageId, cancellationToken).ConfigureAwait(false);
        }
        return aiMessages.Count;
    }

    private static async Task<GmailThreadSnapshot?> TryGetThreadAsync(IAssistantGmail gmail, string threadId, CancellationToken cancellationToken)
    {
        try
        {
            return await gmail.GetThreadAsync(threadId, cancellationToken).ConfigureAwait(false);
        }
        catch (GmailNotFoundException)
        {
            return null;
        }
    }
}

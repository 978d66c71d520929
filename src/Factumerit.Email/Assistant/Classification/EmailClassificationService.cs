using Factumerit.Email.Assistant.Audit;
using Factumerit.Email.Assistant.Gmail;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Assistant.Messages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Assistant.Classification;

/// <summary>
/// The <c>classify</c> queue's work: claim the (mailbox, message) record, read the thread once, classify, store
/// the decision, label the thread, write the <c>classified</c> event and ask for a draft when it needs a response.
/// Every step is safe to repeat, and a duplicate request finds the record complete and does nothing: one LLM call
/// and one event per message however often it is pushed.
/// </summary>
public sealed class EmailClassificationService(
    IMailboxStore mailboxes,
    IAssistantEmailStore emails,
    IAssistantEventLog events,
    IAssistantQueue queue,
    IAssistantGmailFactory gmailFactory,
    EmailClassifier classifier,
    TimeProvider time,
    IOptions<AssistantOptions> options,
    ILogger<EmailClassificationService> logger)
{
    public async Task<ClassifyOutcome> ClassifyAsync(ClassifyRequested request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var mailbox = await mailboxes.GetAsync(request.Mailbox, cancellationToken).ConfigureAwait(false);
        if (mailbox is null)
        {
            AssistantLog.UnknownMailbox(logger, AssistantLog.Hash(request.Mailbox), "a classification request");
            return new ClassifyOutcome(ClassifyOutcomeKind.UnknownMailbox);
        }
        var (record, busyFor) = await ClaimAsync(mailbox.Address, request, cancellationToken).ConfigureAwait(false);
        if (busyFor is { } delay)
        {
            // Requeued rather than thrown, so waiting for another run does not use up the message's deliveries.
            await queue.SendAsync(AssistantQueues.Classify, request, delay, cancellationToken).ConfigureAwait(false);
            return new ClassifyOutcome(ClassifyOutcomeKind.Duplicate, record);
        }
        if (record!.LabelApplied)
        {
            AssistantLog.AlreadyClassified(logger, request.MessageId, AssistantLog.Hash(mailbox.Address));
            return new ClassifyOutcome(ClassifyOutcomeKind.Duplicate, record);
        }

        var gmail = gmailFactory.Create(mailbox);
        GmailThreadSnapshot thread;
        try
        {
            thread = await gmail.GetThreadAsync(request.ThreadId, cancellationToken).ConfigureAwait(false);
        }
        catch (GmailNotFoundException)
        {
            return await GoneAsync(mailbox, record, cancellationToken).ConfigureAwait(false);
        }
        if (thread.Messages.FirstOrDefault(m => m.Id == request.MessageId) is not { } message)
        {
            return await GoneAsync(mailbox, record, cancellationToken).ConfigureAwait(false);
        }
        if (record.Category is null)
        {
            record = await DecideAsync(mailbox, record, thread, message, cancellationToken).ConfigureAwait(false);
        }
        record = await CompleteAsync(gmail, mailbox, record, thread, cancellationToken).ConfigureAwait(false);
        return new ClassifyOutcome(ClassifyOutcomeKind.Classified, record);
    }

    /// <returns>The record to work on, or how long another run's fresh claim still holds it.</returns>
    private async Task<(AssistantEmail? Record, TimeSpan? BusyFor)> ClaimAsync(string mailbox, ClassifyRequested request,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var record = await emails.GetAsync(mailbox, request.MessageId, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            var claim = new AssistantEmail { Mailbox = mailbox, MessageId = request.MessageId, ThreadId = request.ThreadId, ClaimedAt = now };
            if (await emails.TryInsertAsync(claim, cancellationToken).ConfigureAwait(false) is { } claimed)
            {
                return (claimed, null);
            }
            record = await emails.GetAsync(mailbox, request.MessageId, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The email record was reported as existing but cannot be read.");
        }
        if (record.LabelApplied || record.Category is not null)
        {
            return (record, null);
        }
        var timeout = options.Value.ClaimTimeout;
        if (record.ClaimedAt is { } claimedAt && now - claimedAt < timeout)
        {
            return (record, timeout - (now - claimedAt) + TimeSpan.FromSeconds(1));
        }
        // The claimant crashed: take the record over, unless another run is doing the same right now.
        var taken = await emails.TryReplaceAsync(record with { ClaimedAt = now }, cancellationToken).ConfigureAwait(false);
        return taken is null ? (record, timeout) : (taken, null);
    }

    private async Task<AssistantEmail> DecideAsync(Mailbox mailbox, AssistantEmail record, GmailThreadSnapshot thread,
        GmailThreadMessage message, CancellationToken cancellationToken)
    {
        var input = ThreadInput.For(thread, message);
        ClassificationResult result;
        using (LlmAuditScope.Begin(mailbox.Address, message.Id))
        {
            result = await classifier.ClassifyAsync(input, mailbox.Settings, (mailbox.Address, message.Id), cancellationToken)
                .ConfigureAwait(false);
        }
        if (result.Fallback is { } fallback)
        {
            AssistantLog.FellBack(logger, message.Id, fallback);
        }
        var decided = ClassifiedRecord.Apply(record, input, result, thread, message, time.GetUtcNow());
        if (await emails.TryReplaceAsync(decided, cancellationToken).ConfigureAwait(false) is { } written)
        {
            return written;
        }
        // Someone else wrote the record first; if it was a classification, theirs stands.
        var theirs = await emails.GetAsync(mailbox.Address, record.MessageId, cancellationToken).ConfigureAwait(false);
        return theirs is { Category: not null }
            ? theirs
            : throw new InvalidOperationException("The email record changed while it was being classified; the queue retries.");
    }

    private async Task<AssistantEmail> CompleteAsync(IAssistantGmail gmail, Mailbox mailbox, AssistantEmail record,
        GmailThreadSnapshot thread, CancellationToken cancellationToken)
    {
        var category = record.Category!;
        await ThreadLabels.ApplyAsync(gmail, mailbox, thread, category, cancellationToken).ConfigureAwait(false);
        var at = record.ClassifiedAt ?? time.GetUtcNow();
        await events.RecordAsync(new AssistantEvent(mailbox.Address, AssistantEventTypes.Classified,
            EventKeys.At(at, AssistantEventTypes.Classified), at, record.MessageId, record.ThreadId, category,
            ClassifiedRecord.Describe(record)), cancellationToken).ConfigureAwait(false);
        if (category == Categories.NeedsResponse)
        {
            await queue.SendAsync(AssistantQueues.Draft, new DraftRequested(mailbox.Address, record.MessageId), null, cancellationToken)
                .ConfigureAwait(false);
        }
        var done = await EmailRecords.UpdateAsync(emails, record, r => r with { LabelApplied = true }, cancellationToken).ConfigureAwait(false);
        AssistantLog.Classified(logger, record.MessageId, AssistantLog.Hash(mailbox.Address), category, record.Tier ?? "", record.Confidence ?? "");
        return done;
    }

    private async Task<ClassifyOutcome> GoneAsync(Mailbox mailbox, AssistantEmail record, CancellationToken cancellationToken)
    {
        AssistantLog.MessageGone(logger, record.MessageId, AssistantLog.Hash(mailbox.Address));
        var gone = await EmailRecords.UpdateAsync(emails, record,
            r => r with { LabelApplied = true, Status = EmailStatus.Skipped, Tier = r.Tier ?? "gone" }, cancellationToken).ConfigureAwait(false);
        return new ClassifyOutcome(ClassifyOutcomeKind.MessageGone, gone);
    }
}

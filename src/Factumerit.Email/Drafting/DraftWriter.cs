using Factumerit.Email.Assistant;
using Factumerit.Email.Drafting.Context;
using Factumerit.Email.Drafting.Mail;
using Factumerit.Email.Drafting.Prompts;
using Factumerit.Email.Drafting.Styles;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Drafting;

/// <summary>
/// The steps every draft shares, whether automatic, reworked or manual (spec 002): gather context, generate, remove
/// stale drafts, create the new draft in the thread, move the labels.
/// </summary>
public sealed class DraftWriter(ContextGatherer context, DraftGenerator generator, CommunicationStyles styles,
    ILogger<DraftWriter> logger)
{
    /// <summary>Steps 3 and 4: related context (fail-safe) and the draft text (an error text when the model fails).</summary>
    public async Task<string> ComposeAsync(IAssistantMailbox mailbox, AssistantEmail record, MailThread thread,
        MailMessage replied, string? instructions, LlmUsage usage, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var related = await context.GatherAsync(mailbox, thread, replied, usage, cancellationToken).ConfigureAwait(false);
        var input = new DraftInput(thread, replied, related, instructions);
        return await generator.GenerateAsync(styles.Resolve(record.Style), input, usage, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Steps 5 to 7. Stale drafts are the <paramref name="known"/> ones plus drafts in the thread that carry the
    /// ✂️ marker (ours, even if a crash kept their id from being stored); with <paramref name="allThreadDrafts"/>
    /// every draft in the thread goes, as the manual draft removes the user's notes draft. Stale drafts are trashed
    /// (messages.trash on the draft's message), never deleted.
    /// </summary>
    /// <returns>The new draft, and whether it is the one left in the thread (see <see cref="SettleAsync"/>).</returns>
    public async Task<PublishedDraft> PublishAsync(IAssistantMailbox mailbox, MailThread thread, MailMessage replied, string body,
        IReadOnlyCollection<DraftRef> known, bool allThreadDrafts, IReadOnlyCollection<string> removeLabels, string addLabel,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(known);
        var stale = thread.Drafts.Where(d => allThreadDrafts || ReworkMarker.IsPresentIn(d.Body)).Select(d => d.Id)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var draft in known)
        {
            if (draft.MessageId is { } messageId)
            {
                stale.Add(messageId);
            }
            else if (await mailbox.GetDraftAsync(draft.DraftId, cancellationToken).ConfigureAwait(false) is { MessageId: { Length: > 0 } found })
            {
                stale.Add(found);
            }
        }
        // A draft trashed before is still in the thread (with TRASH); trashing it again is a no-op, so skip it.
        stale.ExceptWith(thread.Messages.Where(m => m.HasLabel(SystemLabels.Trash)).Select(m => m.Id));
        foreach (var messageId in stale)
        {
            await mailbox.TrashDraftMessageAsync(messageId, cancellationToken).ConfigureAwait(false);
        }
        Log.StaleDraftsTrashed(logger, stale.Count, thread.Id);

        var created = await mailbox.CreateReplyDraftAsync(new ReplyDraft(replied, body), cancellationToken).ConfigureAwait(false);
        var kept = await SettleAsync(mailbox, thread.Id, created, cancellationToken).ConfigureAwait(false);
        if (kept)
        {
            await mailbox.RelabelAsync(thread, [addLabel], removeLabels, cancellationToken).ConfigureAwait(false);
        }
        return new PublishedDraft(created, kept);
    }

    /// <summary>
    /// Two jobs can draft in one thread at once (two new messages in one sync, a push racing a poll), each from a
    /// thread read before the other's draft existed, so neither saw the other's draft as stale. Each job reads the
    /// thread again once its own draft exists, keeps the AI draft with the lowest message id and trashes the rest.
    /// Of any two racing drafts, the job that created the later one sees both, so exactly one stays whatever the
    /// interleaving.
    /// </summary>
    /// <returns>False when this job's own draft was the one trashed.</returns>
    private async Task<bool> SettleAsync(IAssistantMailbox mailbox, string threadId, DraftRef created, CancellationToken cancellationToken)
    {
        if (created.MessageId is not { } own)
        {
            return true;
        }
        var now = await mailbox.GetThreadAsync(threadId, withBodies: true, cancellationToken).ConfigureAwait(false);
        var ours = (now?.Drafts ?? []).Where(d => d.Id == own || ReworkMarker.IsPresentIn(d.Body)).Select(d => d.Id)
            .Append(own).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (ours.Count == 1)
        {
            return true;
        }
        foreach (var loser in ours.Skip(1))
        {
            await mailbox.TrashDraftMessageAsync(loser, cancellationToken).ConfigureAwait(false);
        }
        Log.RacingDraftsTrashed(logger, ours.Count - 1, threadId);
        return ours[0] == own;
    }
}

/// <summary>A draft just created, and whether it stayed (false: a racing job's draft in the thread won).</summary>
public sealed record PublishedDraft(DraftRef Draft, bool Kept);

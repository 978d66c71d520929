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
    /// every draft in the thread goes, as the manual draft removes the user's notes draft.
    /// </summary>
    /// <returns>The new draft.</returns>
    public async Task<DraftRef> PublishAsync(IAssistantMailbox mailbox, MailThread thread, MailMessage replied, string body,
        IReadOnlyCollection<DraftRef> known, bool allThreadDrafts, IReadOnlyCollection<string> removeLabels, string addLabel,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(known);
        var stale = known.Select(d => d.DraftId).ToHashSet(StringComparer.Ordinal);
        var knownMessages = known.Select(d => d.MessageId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var unknown = thread.Drafts
            .Where(d => !knownMessages.Contains(d.Id) && (allThreadDrafts || ReworkMarker.IsPresentIn(d.Body)))
            .Select(d => d.Id)
            .ToList();
        if (unknown.Count > 0)
        {
            var found = await mailbox.FindDraftIdsAsync(unknown, cancellationToken).ConfigureAwait(false);
            stale.UnionWith(found.Values);
        }
        foreach (var draftId in stale)
        {
            await mailbox.DeleteDraftAsync(draftId, cancellationToken).ConfigureAwait(false);
        }
        Log.StaleDraftsDeleted(logger, stale.Count, thread.Id);

        var created = await mailbox.CreateReplyDraftAsync(new ReplyDraft(replied, body), cancellationToken).ConfigureAwait(false);
        await mailbox.RelabelAsync(thread, [addLabel], removeLabels, cancellationToken).ConfigureAwait(false);
        return created;
    }
}

using Factumerit.Email.Assistant.Gmail;
using Factumerit.Email.Assistant.Mailboxes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Factumerit.Email.Triage;

/// <summary>
/// Puts a whole thread in a triage folder: removes INBOX and any other triage label, adds the folder's label
/// (for INBOX, adds INBOX back and removes the triage labels). Creates the triage labels first when the mailbox
/// lacks any (triage turned on after connecting). A label deleted in another client is found when Gmail answers
/// the move with 400 "Invalid label": the labels are then re-created (labels.list, 1 unit, plus labels.create,
/// 5 units, for each missing one), the mailbox's ids updated and the move sent again. That costs nothing while the
/// labels exist, where checking with labels.list on every sync would cost a unit per sync.
/// </summary>
public sealed class TriageApplier(IMailboxStore mailboxes, IAssistantGmailFactory gmailFactory, ILogger<TriageApplier>? logger = null)
{
    public async Task MoveAsync(Mailbox mailbox, string threadId, string folder, IReadOnlyCollection<string>? present = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentException.ThrowIfNullOrWhiteSpace(threadId);
        var gmail = gmailFactory.Create(mailbox);
        var ids = await LabelIdsAsync(mailbox, gmail, false, cancellationToken).ConfigureAwait(false);
        var (add, remove) = Changes(ids, folder, present);
        try
        {
            await gmail.ModifyThreadAsync(threadId, add, remove, cancellationToken).ConfigureAwait(false);
        }
        catch (GmailInvalidLabelException)
        {
            var recreated = await LabelIdsAsync(mailbox, gmail, true, cancellationToken).ConfigureAwait(false);
            if (recreated.All(pair => ids[pair.Key] == pair.Value))
            {
                throw;
            }
            TriageLog.LabelsRecreated(logger ?? NullLogger<TriageApplier>.Instance);
            (add, remove) = Changes(recreated, folder, present);
            await gmail.ModifyThreadAsync(threadId, add, remove, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Takes a thread out of the Inbox without filing it: snoozed until a timer brings it back.</summary>
    public Task SnoozeAsync(Mailbox mailbox, string threadId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        return gmailFactory.Create(mailbox).ModifyThreadAsync(threadId, [], [GmailSystemLabels.Inbox], cancellationToken);
    }

    /// <summary>The label ids to add and remove to put a thread carrying <paramref name="present"/> in <paramref name="folder"/>.</summary>
    public static (IReadOnlyList<string> Add, IReadOnlyList<string> Remove) Changes(IReadOnlyDictionary<string, string> ids, string folder,
        IReadOnlyCollection<string>? present)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var target = folder == TriageFolders.Inbox ? GmailSystemLabels.Inbox : ids[folder];
        var others = TriageFolders.Labels.Where(l => l != folder).Select(l => ids[l]);
        var remove = (folder == TriageFolders.Inbox ? others : others.Append(GmailSystemLabels.Inbox))
            .Where(id => present is null || present.Contains(id)).Distinct().ToList();
        IReadOnlyList<string> add = present is not null && present.Contains(target) ? [] : [target];
        return (add, remove);
    }

    /// <summary>Triage label name → id; creates (or re-creates) the labels when any is unknown or <paramref name="refresh"/> is set.</summary>
    public async Task<IReadOnlyDictionary<string, string>> LabelIdsAsync(Mailbox mailbox, IAssistantGmail gmail, bool refresh,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(gmail);
        if (!refresh && TriageFolders.Labels.All(l => mailbox.LabelId(l) is not null))
        {
            return TriageFolders.Labels.ToDictionary(l => l, l => mailbox.LabelId(l)!, StringComparer.Ordinal);
        }
        var created = await gmail.EnsureLabelsAsync(TriageFolders.Labels, cancellationToken).ConfigureAwait(false);
        await mailboxes.UpdateAsync(mailbox.Address, m => m with { LabelIds = Merge(m.LabelIds, created) }, cancellationToken).ConfigureAwait(false);
        return created;
    }

    private static Dictionary<string, string> Merge(IReadOnlyDictionary<string, string> existing, IReadOnlyDictionary<string, string> created)
    {
        var merged = new Dictionary<string, string>(existing, StringComparer.Ordinal);
        foreach (var (name, id) in created)
        {
            merged[name] = id;
        }
        return merged;
    }
}

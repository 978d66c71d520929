using Factumerit.Email.Assistant.Gmail;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.Triage;

namespace Factumerit.Email.Assistant.Sync;

/// <summary>
/// With triage on, every thread whose INBOX or triage labels changed becomes one <c>triage-label-change</c> item
/// carrying the state after its last such change; the handler tells the user's moves from ours. One item per
/// thread per sync keeps a bulk move of many messages to one storage read per thread and no Gmail call.
/// </summary>
public static class TriageLabelFanOut
{
    public static IReadOnlyList<AssistantWork> Plan(Mailbox mailbox, IEnumerable<GmailChange> changes)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(changes);
        if (!mailbox.Settings.TriageEnabled)
        {
            return [];
        }
        var latest = new Dictionary<string, TriageLabelChanged>(StringComparer.Ordinal);
        foreach (var change in changes.Where(c => c.Kind is GmailChangeKind.LabelAdded or GmailChangeKind.LabelRemoved))
        {
            var relevant = change.ChangedLabelIds.Where(id => IsTriageLabel(mailbox, id)).ToList();
            if (relevant.Count == 0)
            {
                continue;
            }
            var lastAdded = change.Kind == GmailChangeKind.LabelAdded
                ? relevant[^1]
                : latest.GetValueOrDefault(change.ThreadId)?.LastAddedLabelId;
            latest[change.ThreadId] = new TriageLabelChanged(mailbox.Address, change.ThreadId, change.MessageId, change.LabelIds, lastAdded,
                change.HistoryId);
        }
        return latest.Values
            .Select(item => new AssistantWork(AssistantQueues.TriageLabelChange, item, $"triage-label|{item.ThreadId}"))
            .ToList();
    }

    /// <summary>INBOX or one of the triage folders' labels (as the mailbox knows their ids).</summary>
    public static bool IsTriageLabel(Mailbox mailbox, string labelId)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        return labelId == GmailSystemLabels.Inbox || TriageFolders.IsLabel(mailbox.LabelName(labelId));
    }
}

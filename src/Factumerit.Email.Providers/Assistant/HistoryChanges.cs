using Factumerit.Email.Assistant.Gmail;
using Factumerit.Email.Providers.Gmail.Data;

namespace Factumerit.Email.Providers.Assistant;

/// <summary>Flattens history records into one change per message and kind, in history order.</summary>
internal static class HistoryChanges
{
    public static IReadOnlyList<GmailChange> Flatten(IEnumerable<History> records)
    {
        var changes = new List<GmailChange>();
        foreach (var record in records)
        {
            var id = record.Id ?? 0;
            foreach (var added in record.MessagesAdded ?? [])
            {
                Add(changes, id, GmailChangeKind.MessageAdded, added.Message, null);
            }
            foreach (var deleted in record.MessagesDeleted ?? [])
            {
                Add(changes, id, GmailChangeKind.MessageDeleted, deleted.Message, null);
            }
            foreach (var labelled in record.LabelsAdded ?? [])
            {
                Add(changes, id, GmailChangeKind.LabelAdded, labelled.Message, labelled.LabelIds);
            }
            foreach (var unlabelled in record.LabelsRemoved ?? [])
            {
                Add(changes, id, GmailChangeKind.LabelRemoved, unlabelled.Message, unlabelled.LabelIds);
            }
        }
        return changes;
    }

    private static void Add(List<GmailChange> changes, ulong historyId, GmailChangeKind kind, Message? message, IReadOnlyList<string>? changed)
    {
        if (message?.Id is { } messageId && message.ThreadId is { } threadId)
        {
            changes.Add(new GmailChange(historyId, kind, messageId, threadId, message.LabelIds ?? [], changed ?? []));
        }
    }
}

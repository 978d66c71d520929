using Factumerit.Email.Assistant.Gmail;
using Factumerit.Email.Assistant.Mailboxes;

namespace Factumerit.Email.Triage.Learning;

/// <summary>The triage folder a thread's labels put it in, as the user sees it in Gmail.</summary>
public static class ThreadFolder
{
    /// <param name="lastAddedLabelId">Decides when the labels name more than one folder (Gmail's "label as" keeps INBOX).</param>
    /// <returns>The folder, or null when the labels name none (archived, snoozed) or cannot be told apart.</returns>
    public static string? Of(Mailbox mailbox, IReadOnlyCollection<string> labelIds, string? lastAddedLabelId)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(labelIds);
        var folders = labelIds.Select(Name).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var inbox = labelIds.Contains(GmailSystemLabels.Inbox, StringComparer.Ordinal);
        switch (inbox, folders.Count)
        {
            case (false, 0):
                return null;
            case (false, 1):
                return folders[0];
            case (true, 0):
                return TriageFolders.Inbox;
        }
        var last = lastAddedLabelId == GmailSystemLabels.Inbox ? TriageFolders.Inbox : lastAddedLabelId is null ? null : Name(lastAddedLabelId);
        return last == TriageFolders.Inbox && inbox || last is not null && folders.Contains(last, StringComparer.Ordinal) ? last : null;

        string? Name(string id) => mailbox.LabelName(id) is { } name && TriageFolders.Labels.Contains(name, StringComparer.Ordinal) ? name : null;
    }
}

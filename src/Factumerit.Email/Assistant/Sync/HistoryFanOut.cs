using Factumerit.Email.Assistant.Gmail;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Assistant.Messages;

namespace Factumerit.Email.Assistant.Sync;

/// <summary>
/// Turns a mailbox's history into work (spec 002 "Label Flow"): new inbox mail is classified, or retriaged on a
/// Waiting thread; the user's own sent mail on a tracked thread, or on any thread with triage on, is classified (it
/// becomes waiting, and triage snoozes it when it expects a reply); Rework, Done
/// and a Needs Response label the user added start their handlers; a deleted message on a drafted thread may be
/// a sent draft. Our own label changes are recognised from the records and ignored. With triage on, INBOX and
/// triage label changes also go to triage (<see cref="TriageLabelFanOut"/>), which learns from the user's moves.
/// </summary>
public static class HistoryFanOut
{
    /// <param name="threadRecords">The thread's records, newest first (cached by the caller).</param>
    public static async Task<IReadOnlyList<AssistantWork>> PlanAsync(Mailbox mailbox, IEnumerable<GmailChange> changes,
        Func<string, Task<IReadOnlyList<AssistantEmail>>> threadRecords)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(threadRecords);
        var all = changes as IReadOnlyList<GmailChange> ?? changes.ToList();
        var work = new List<AssistantWork>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var change in all)
        {
            foreach (var item in await PlanOneAsync(mailbox, change, threadRecords).ConfigureAwait(false))
            {
                if (keys.Add(item.Key))
                {
                    work.Add(item);
                }
            }
        }
        work.AddRange(TriageLabelFanOut.Plan(mailbox, all));
        return work;
    }

    private static async Task<IEnumerable<AssistantWork>> PlanOneAsync(Mailbox mailbox, GmailChange change,
        Func<string, Task<IReadOnlyList<AssistantEmail>>> threadRecords)
    {
        var address = mailbox.Address;
        var (message, thread) = (change.MessageId, change.ThreadId);
        switch (change.Kind)
        {
            case GmailChangeKind.MessageAdded when Has(change, GmailSystemLabels.Draft):
                return [];
            case GmailChangeKind.MessageAdded when Has(change, GmailSystemLabels.Sent):
                // With triage on, mail the user starts (or sends on a thread from before the mailbox was connected)
                // needs the waiting timer too; the classifier decides it by the thread alone, with no LLM call.
                return mailbox.Settings.TriageEnabled || (await threadRecords(thread).ConfigureAwait(false)).Count > 0
                    ? [Classify(address, message, thread)]
                    : [];
            case GmailChangeKind.MessageAdded when Has(change, GmailSystemLabels.Inbox):
                var latest = (await threadRecords(thread).ConfigureAwait(false)).FirstOrDefault();
                return latest?.Category == Categories.Waiting
                    ? [new AssistantWork(AssistantQueues.Retriage, new RetriageRequested(address, thread) { MessageId = message }, $"retriage|{thread}")]
                    : [Classify(address, message, thread)];
            case GmailChangeKind.LabelAdded:
                return await LabelWorkAsync(mailbox, change, threadRecords).ConfigureAwait(false);
            case GmailChangeKind.MessageDeleted:
                var drafted = (await threadRecords(thread).ConfigureAwait(false))
                    .FirstOrDefault(r => r.DraftId is not null && (r.DraftMessageId is null || r.DraftMessageId == message));
                return drafted is null
                    ? []
                    : [new AssistantWork(AssistantQueues.SentCheck, new SentCheckRequested(address, drafted.MessageId), $"sent|{drafted.MessageId}")];
            default:
                return [];
        }
    }

    private static async Task<IEnumerable<AssistantWork>> LabelWorkAsync(Mailbox mailbox, GmailChange change,
        Func<string, Task<IReadOnlyList<AssistantEmail>>> threadRecords)
    {
        var work = new List<AssistantWork>();
        var (address, thread) = (mailbox.Address, change.ThreadId);
        foreach (var name in change.ChangedLabelIds.Select(mailbox.LabelName).OfType<string>())
        {
            switch (name)
            {
                case AssistantLabels.Rework:
                    work.Add(new AssistantWork(AssistantQueues.Rework, new ReworkRequested(address, thread), $"rework|{thread}"));
                    break;
                case AssistantLabels.Done:
                    work.Add(new AssistantWork(AssistantQueues.Done, new DoneRequested(address, thread), $"done|{thread}"));
                    break;
                case AssistantLabels.NeedsResponse:
                    // We put Needs Response only on threads whose record says so; anywhere else the user did.
                    var ours = (await threadRecords(thread).ConfigureAwait(false)).Any(r => r.Category == Categories.NeedsResponse);
                    if (!ours)
                    {
                        work.Add(new AssistantWork(AssistantQueues.ManualDraft, new ManualDraftRequested(address, thread, change.MessageId),
                            $"manual|{thread}"));
                    }
                    break;
            }
        }
        return work;
    }

    private static AssistantWork Classify(string mailbox, string message, string thread) =>
        new(AssistantQueues.Classify, new ClassifyRequested(mailbox, message, thread), $"classify|{message}");

    private static bool Has(GmailChange change, string label) => change.LabelIds.Contains(label, StringComparer.Ordinal);
}

using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Gmail;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Scheduling;

namespace Factumerit.Email.Triage.Timers;

/// <summary>2FA codes and dev notifications: the message goes to Trash (never a permanent delete).</summary>
public sealed class TriageTrashHandler(IMailboxStore mailboxes, IAssistantGmailFactory gmail) : IScheduledActionHandler
{
    public async Task HandleAsync(ScheduledAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var timer = TriageTimer.Parse(action.Payload);
        if (await mailboxes.GetAsync(timer.Mailbox, cancellationToken).ConfigureAwait(false) is { } mailbox)
        {
            await gmail.Create(mailbox).TrashMessageAsync(timer.MessageId, cancellationToken).ConfigureAwait(false);
        }
    }
}

/// <summary>Promotions after their days, shipping mail after delivery: to Archive, unless the user has moved the thread since.</summary>
public sealed class TriageArchiveHandler(IMailboxStore mailboxes, IAssistantGmailFactory gmail, TriageApplier applier, ITriageStore store)
    : IScheduledActionHandler
{
    public async Task HandleAsync(ScheduledAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var timer = TriageTimer.Parse(action.Payload);
        if (await mailboxes.GetAsync(timer.Mailbox, cancellationToken).ConfigureAwait(false) is not { } mailbox)
        {
            return;
        }
        GmailThreadSnapshot thread;
        try
        {
            thread = await gmail.Create(mailbox).GetThreadAsync(timer.ThreadId, cancellationToken).ConfigureAwait(false);
        }
        catch (GmailNotFoundException)
        {
            return;
        }
        var expected = timer.From is null or TriageFolders.Inbox ? GmailSystemLabels.Inbox : mailbox.LabelId(timer.From);
        if (expected is not null && thread.LabelIds.Contains(expected))
        {
            await store.RecordOwnMoveAsync(mailbox.Address, timer.ThreadId, TriageFolders.Archive, cancellationToken).ConfigureAwait(false);
            await applier.MoveAsync(mailbox, timer.ThreadId, TriageFolders.Archive, thread.LabelIds, cancellationToken).ConfigureAwait(false);
        }
    }
}

/// <summary>Shipping snooze over: back to the Inbox on delivery day, and archived some days later.</summary>
public sealed class TriageResurfaceHandler(IMailboxStore mailboxes, IAssistantGmailFactory gmail, IScheduler scheduler, ITriageStore store)
    : IScheduledActionHandler
{
    public async Task HandleAsync(ScheduledAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var timer = TriageTimer.Parse(action.Payload);
        if (await mailboxes.GetAsync(timer.Mailbox, cancellationToken).ConfigureAwait(false) is not { } mailbox)
        {
            return;
        }
        await store.RecordOwnMoveAsync(mailbox.Address, timer.ThreadId, TriageFolders.Inbox, cancellationToken).ConfigureAwait(false);
        await gmail.Create(mailbox).ModifyThreadAsync(timer.ThreadId, [GmailSystemLabels.Inbox], [], cancellationToken).ConfigureAwait(false);
        if (mailbox.Settings.Triage.ShippingArchiveDays is { } days)
        {
            await scheduler.ScheduleAsync(action.SubjectKey, TriageActions.Archive, action.DueAt.AddDays(days),
                (timer with { From = TriageFolders.Inbox }).ToPayload(), "delivered|" + timer.MessageId, cancellationToken).ConfigureAwait(false);
        }
    }
}

/// <summary>Sent mail still unanswered: the thread comes back to the Inbox with the Waiting label.</summary>
public sealed class TriageWaitingHandler(IMailboxStore mailboxes, IAssistantGmailFactory gmail, ITriageStore store) : IScheduledActionHandler
{
    public async Task HandleAsync(ScheduledAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var timer = TriageTimer.Parse(action.Payload);
        if (await mailboxes.GetAsync(timer.Mailbox, cancellationToken).ConfigureAwait(false) is not { } mailbox)
        {
            return;
        }
        var client = gmail.Create(mailbox);
        GmailThreadSnapshot thread;
        try
        {
            thread = await client.GetThreadAsync(timer.ThreadId, cancellationToken).ConfigureAwait(false);
        }
        catch (GmailNotFoundException)
        {
            return;
        }
        // A reply that arrived without cancelling the timer (e.g. while triage was off) still counts.
        if (thread.Sent.Count == 0 || !thread.Sent[^1].IsFromUser)
        {
            return;
        }
        IReadOnlyList<string> add = mailbox.LabelId(AssistantLabels.Waiting) is { } waiting ? [GmailSystemLabels.Inbox, waiting] : [GmailSystemLabels.Inbox];
        await store.RecordOwnMoveAsync(mailbox.Address, timer.ThreadId, TriageFolders.Inbox, cancellationToken).ConfigureAwait(false);
        await client.ModifyThreadAsync(timer.ThreadId, [.. add], [], cancellationToken).ConfigureAwait(false);
    }
}

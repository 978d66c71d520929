using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Scheduling;
using Factumerit.Email.Triage.Decisions;
using Factumerit.Email.Triage.Patterns;

namespace Factumerit.Email.Triage.Timers;

/// <summary>
/// The special behaviours of spec 003 "Smart Behaviors" as durable timers, each timing from the mailbox's
/// settings (null = never): 2FA trashed, promotions archived, dev notifications trashed, shipping snoozed until
/// delivery then archived, sent mail resurfacing when no reply came. Deletion is always Trash.
/// </summary>
public sealed class TriageSchedules(IScheduler scheduler, TriageApplier applier, TimeProvider time)
{
    public async Task ScheduleAsync(Mailbox mailbox, string threadId, string messageId, TriageDecision decision,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(decision);
        var settings = mailbox.Settings.Triage;
        var now = time.GetUtcNow();
        var subject = TriageTimer.Subject(mailbox.Address, threadId);
        var timer = new TriageTimer(mailbox.Address, threadId, messageId, decision.FinalFolder);
        var twoFactor = decision.Has(PatternTags.TwoFactor);
        if (decision.FinalFolder == TriageFolders.Inbox && twoFactor && settings.TwoFactorDeleteMinutes is { } minutes)
        {
            await scheduler.ScheduleAsync(subject, TriageActions.Trash, now.AddMinutes(minutes), timer.ToPayload(), "2fa|" + messageId,
                cancellationToken).ConfigureAwait(false);
        }
        if (decision.Has(PatternTags.Dev) && decision.FinalFolder != TriageFolders.Review && settings.DevDeleteDays is { } devDays)
        {
            await scheduler.ScheduleAsync(subject, TriageActions.Trash, now.AddDays(devDays), timer.ToPayload(), "dev|" + messageId,
                cancellationToken).ConfigureAwait(false);
        }
        if (decision.FinalFolder == TriageFolders.Promotions && settings.PromotionArchiveDays is { } promoDays)
        {
            await scheduler.ScheduleAsync(subject, TriageActions.Archive, now.AddDays(promoDays), timer.ToPayload(), "promo|" + messageId,
                cancellationToken).ConfigureAwait(false);
        }
        if (decision.FinalFolder == TriageFolders.Inbox && decision.Has(PatternTags.Shipping) && !twoFactor)
        {
            var until = decision.SnoozeUntil is { } delivery && delivery > now ? delivery : now.AddDays(settings.ShippingSnoozeDays);
            // The timer that brings it back first: a snooze without one would lose the parcel mail to the user.
            await scheduler.ScheduleAsync(subject, TriageActions.Resurface, until, timer.ToPayload(), "ship|" + messageId,
                cancellationToken).ConfigureAwait(false);
            await applier.SnoozeAsync(mailbox, threadId, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The user's own sent mail: the thread is snoozed out of the Inbox and resurfaces if no reply comes.</summary>
    public async Task WaitForReplyAsync(Mailbox mailbox, string threadId, string messageId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        if (mailbox.Settings.Triage.WaitingReplyDays is not { } days)
        {
            // With no timer to bring it back, a snoozed thread would be lost to the user: it stays where it is.
            return;
        }
        await scheduler.ScheduleAsync(TriageTimer.Subject(mailbox.Address, threadId), TriageActions.Waiting, time.GetUtcNow().AddDays(days),
            new TriageTimer(mailbox.Address, threadId, messageId).ToPayload(), "wait|" + messageId, cancellationToken).ConfigureAwait(false);
        // After the timer: a retry after a failed snooze finds the timer (same dedupe key) and only snoozes again.
        await applier.SnoozeAsync(mailbox, threadId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A reply arrived: the waiting snooze is over.</summary>
    public Task<int> ReplyArrivedAsync(string mailbox, string threadId, CancellationToken cancellationToken = default) =>
        scheduler.CancelSubjectAsync(TriageTimer.Subject(mailbox, threadId), TriageActions.Waiting, cancellationToken);
}

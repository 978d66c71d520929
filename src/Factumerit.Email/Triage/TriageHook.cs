using Factumerit.Email.Assistant.Classification;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Llm;
using Factumerit.Email.Triage.Decisions;
using Factumerit.Email.Triage.Learning;
using Factumerit.Email.Triage.Patterns;
using Factumerit.Email.Triage.Timers;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Triage;

/// <summary>
/// Triage riding on classification (spec 003 "Data Flow"): before the call it adds the pattern hint, the folders,
/// the special rules and the learned examples to the prompt; after it merges the model's triage answer with the
/// hint, applies the threshold, moves the thread, schedules the special behaviours and logs the decision. One LLM
/// call per new email serves both.
/// </summary>
public sealed class TriageHook(
    ITriageStore store,
    IMailboxStore mailboxes,
    TriageApplier applier,
    TriageSchedules schedules,
    SenderRules rules,
    TimeProvider time,
    ILogger<TriageHook> logger) : ITriageHook
{
    /// <summary>A thread the user moved by hand is left alone this long (spec 003 "Conflict Resolution").</summary>
    public static readonly TimeSpan ManualMoveHold = TimeSpan.FromHours(24);

    public async Task<TriagePlan> PrepareAsync(TriageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Input.UserSentLast)
        {
            return new TriagePlan(null, false);
        }
        if (request.Mailbox is { } mailbox
            && await rules.AutoApplyingAsync(mailbox, request.Input.Sender?.Address, request.Settings, cancellationToken).ConfigureAwait(false) is not null)
        {
            return new TriagePlan(null, false);
        }
        var hint = TriagePatternMatcher.Match(request.Input, request.Settings.Triage, request.Mailbox);
        var examples = request.Mailbox is null
            ? []
            : await store.ListExamplesAsync(request.Mailbox, 50, cancellationToken).ConfigureAwait(false);
        return new TriagePlan(TriagePrompt.Instructions(hint, time.GetUtcNow(), examples, shared: true), true);
    }

    public async Task OnClassifiedAsync(TriageContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Mailbox is null || context.MessageId is null || context.Input.ThreadId is not { } threadId
            || await mailboxes.GetAsync(context.Mailbox, cancellationToken).ConfigureAwait(false) is not { } mailbox)
        {
            return;
        }
        if (context.Input.UserSentLast)
        {
            if (!ReplyExpectation.ExpectsReply(context.Input, mailbox.Address))
            {
                TriageLog.Skipped(logger, context.MessageId, "sent mail that expects no reply");
                return;
            }
            await schedules.WaitForReplyAsync(mailbox, threadId, context.MessageId, cancellationToken).ConfigureAwait(false);
            return;
        }
        await schedules.ReplyArrivedAsync(mailbox.Address, threadId, cancellationToken).ConfigureAwait(false);

        var previous = await store.GetThreadAsync(mailbox.Address, threadId, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        if (previous?.ManualMoveAt is { } moved && now - moved < ManualMoveHold)
        {
            // The new message joins the folder the user chose instead of being classified again.
            await applier.MoveAsync(mailbox, threadId, previous.FinalFolder, context.Input.ThreadLabelIds, cancellationToken).ConfigureAwait(false);
            TriageLog.Skipped(logger, context.MessageId, "moved by hand within 24 hours");
            return;
        }
        if (UserLabels(mailbox, context.Input.ThreadLabelIds).Any())
        {
            TriageLog.Skipped(logger, context.MessageId, "under the user's own label");
            return;
        }

        var decision = await DecideAsync(mailbox, context, cancellationToken).ConfigureAwait(false);
        // Recorded before the move, so the label change the move causes matches the record and is known as ours.
        await store.SaveThreadAsync(new TriagedThread
        {
            Mailbox = mailbox.Address,
            ThreadId = threadId,
            MessageId = context.MessageId,
            FromDomain = TriageText.Domain(context.Input.Sender?.Address),
            FromAddress = context.Input.Sender?.Address ?? "",
            Subject = context.Input.Subject.Length > 200 ? context.Input.Subject[..200] : context.Input.Subject,
            SuggestedFolder = decision.SuggestedFolder,
            FinalFolder = decision.FinalFolder,
            Confidence = decision.Confidence,
            Reasoning = decision.Reasoning,
            Source = decision.Source,
            TriagedAt = now,
            LabelsHistoryId = previous?.LabelsHistoryId,
        }, cancellationToken).ConfigureAwait(false);
        await applier.MoveAsync(mailbox, threadId, decision.FinalFolder, context.Input.ThreadLabelIds, cancellationToken).ConfigureAwait(false);
        await schedules.ScheduleAsync(mailbox, threadId, context.MessageId, decision, cancellationToken).ConfigureAwait(false);
        await store.LogAsync(new TriageLogEntry(mailbox.Address, context.MessageId, threadId, now, decision), cancellationToken).ConfigureAwait(false);
        TriageLog.Triaged(logger, context.MessageId, decision.FinalFolder, decision.Source, decision.Confidence);
    }

    private async Task<TriageDecision> DecideAsync(Mailbox mailbox, TriageContext context, CancellationToken cancellationToken)
    {
        var settings = mailbox.Settings.Triage;
        var hint = TriagePatternMatcher.Match(context.Input, settings, mailbox.Address);
        var sender = context.Input.Sender?.Address;
        var vip = settings.IsVip(sender);
        if (!vip && await rules.AutoApplyingAsync(mailbox.Address, sender, mailbox.Settings, cancellationToken).ConfigureAwait(false) is { } rule)
        {
            var ruled = new TriageDecision(rule.TargetFolder, rule.TargetFolder, rule.Confidence, TriageSources.SenderRule,
                $"sender rule: {rule.CorrectionCount} corrections to {rule.TargetFolder} for this domain", hint.Folder, hint.Confidence, hint.Tags,
                AutoDeleteMinutes: hint.AutoDeleteMinutes);
            return TriageMerger.ApplyRules(ruled, hint, settings, vip, context.Result.Category);
        }
        var result = context.Result;
        TriageAnswer? answer = null;
        string? failure = result.Fallback;
        if (failure is null)
        {
            answer = LlmJson.TryParse(result.LlmAnswer, TriageAnswerJson.Default.SharedAnswer, out var shared) ? shared?.Triage : null;
            failure = answer is null ? (result.LlmAnswer is null ? "no LLM call" : "the answer had no triage object") : null;
        }
        return TriageMerger.Merge(hint, answer, failure, settings, vip, result.Category);
    }

    /// <summary>Labels on the thread that are neither Gmail's, the assistant's nor triage's: the user filed it.</summary>
    public static IEnumerable<string> UserLabels(Mailbox mailbox, IEnumerable<string> labelIds)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(labelIds);
        return labelIds.Where(id => !id.StartsWith("CATEGORY_", StringComparison.Ordinal) && !IsSystem(id) && mailbox.LabelName(id) is null);
    }

    private static bool IsSystem(string id) =>
        id is "INBOX" or "SENT" or "DRAFT" or "TRASH" or "SPAM" or "UNREAD" or "STARRED" or "IMPORTANT" or "CHAT";
}

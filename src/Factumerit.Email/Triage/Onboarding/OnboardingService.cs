using System.Collections.Concurrent;
using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Gmail;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Triage.Learning;
using Factumerit.Email.Triage.Review;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Triage.Onboarding;

/// <summary>
/// Onboarding training (spec 003 "Onboarding Training Flow"). The candidates are the newest 500 threads triage has
/// already decided, read from storage: their sender, subject and the AI's pre-classification (triage's own
/// decision, made with the one shared LLM call when the mail arrived) cost no Gmail quota and no further LLM call.
/// Reading the same 500 from Gmail would cost a messages.get each (about 2,500 quota units, ten seconds of the
/// per-user rate) and a fresh LLM call each for the suggestion. Gmail is asked once, for which threads carry an
/// attachment (<c>has:attachment</c>, one messages.list page: 5 units).
/// </summary>
public sealed class OnboardingService(
    ITriageStore store,
    IMailboxStore mailboxes,
    IAssistantEmailStore emails,
    IAssistantGmailFactory gmailFactory,
    SenderRules rules,
    TimeProvider time,
    ILogger<OnboardingService> logger)
{
    public const int RecentEmails = 500;
    private const int ParallelReads = 8;

    /// <returns>Null when the mailbox is not connected.</returns>
    public async Task<IReadOnlyList<OnboardingItem>?> SelectAsync(string mailbox, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mailbox);
        var address = Mailbox.Normalize(mailbox);
        if (await mailboxes.GetAsync(address, cancellationToken).ConfigureAwait(false) is not { } box)
        {
            return null;
        }
        var threads = await store.ListRecentThreadsAsync(address, RecentEmails, cancellationToken).ConfigureAwait(false);
        var withAttachment = (await gmailFactory.Create(box).SearchAsync("has:attachment", RecentEmails, cancellationToken).ConfigureAwait(false))
            .Select(m => m.ThreadId).ToHashSet(StringComparer.Ordinal);
        var records = new ConcurrentDictionary<string, AssistantEmail>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(threads, new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = cancellationToken },
            async (t, ct) =>
            {
                if (await emails.GetAsync(address, t.MessageId, ct).ConfigureAwait(false) is { } email)
                {
                    records[t.MessageId] = email;
                }
            }).ConfigureAwait(false);

        var candidates = threads.Select(t =>
        {
            var email = records.GetValueOrDefault(t.MessageId);
            var domain = t.FromDomain.Length > 0 ? t.FromDomain : TriageText.Domain(email?.From);
            return new OnboardingCandidate(t.MessageId, t.ThreadId, email?.From, domain, t.Subject, email?.ReceivedAt ?? t.TriagedAt,
                withAttachment.Contains(t.ThreadId), t.SuggestedFolder, t.Confidence, t.Source);
        }).OrderByDescending(c => c.ReceivedAt).ToList();
        var answers = await AnswersAsync(address, cancellationToken).ConfigureAwait(false);
        return OnboardingSelector.Select(candidates, address, time.GetUtcNow())
            .Select(c => new OnboardingItem(c, answers.GetValueOrDefault(c.ThreadId)?.UserChoice))
            .ToList();
    }

    /// <summary>Records the user's confirmation or correction of one email's suggestion, once.</summary>
    public async Task<OnboardingOutcome> AnswerAsync(string mailbox, string messageId, string? folder, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mailbox);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        if (ReviewFolders.Parse(folder) is not { } choice)
        {
            return new OnboardingOutcome(OnboardingOutcomeKind.InvalidFolder);
        }
        var address = Mailbox.Normalize(mailbox);
        if (await mailboxes.GetAsync(address, cancellationToken).ConfigureAwait(false) is not { } box
            || await emails.GetAsync(address, messageId, cancellationToken).ConfigureAwait(false) is not { } email
            || await store.GetThreadAsync(address, email.ThreadId, cancellationToken).ConfigureAwait(false) is not { } thread)
        {
            return new OnboardingOutcome(OnboardingOutcomeKind.NotFound);
        }
        if ((await AnswersAsync(address, cancellationToken).ConfigureAwait(false)).GetValueOrDefault(thread.ThreadId) is { } earlier)
        {
            return new OnboardingOutcome(OnboardingOutcomeKind.AlreadyAnswered, earlier);
        }
        var suggestion = ReviewFolders.Parse(thread.SuggestedFolder) ?? TriageFolders.Inbox;
        var example = new TrainingExample(address, thread.ThreadId, thread.FromDomain.Length > 0 ? thread.FromDomain : TriageText.Domain(email.From),
            thread.Subject, suggestion, choice, !string.Equals(suggestion, choice, StringComparison.Ordinal), TrainingSources.Onboarding,
            time.GetUtcNow());
        var rule = await rules.LearnAsync(example, box.Settings, cancellationToken).ConfigureAwait(false);
        ReviewLog.OnboardingAnswered(logger, messageId, choice, example.WasCorrection);
        return new OnboardingOutcome(OnboardingOutcomeKind.Recorded, example, rule);
    }

    private async Task<Dictionary<string, TrainingExample>> AnswersAsync(string mailbox, CancellationToken cancellationToken) =>
        (await store.ListExamplesAsync(mailbox, 1000, cancellationToken).ConfigureAwait(false))
            .Where(e => e.Source == TrainingSources.Onboarding)
            .GroupBy(e => e.ThreadId, StringComparer.Ordinal)
            // Examples come newest first; the first answer is the one that stands.
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
}

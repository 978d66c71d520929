using Factumerit.Email.Assistant.Mailboxes;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Triage.Learning;

/// <summary>
/// Learning from the user (spec 003 "Learning System"): every confirmation or correction is a training example;
/// <see cref="SenderRule.CreateAt"/> corrections to one folder for one sender domain create a rule, and at
/// <see cref="SenderRule.AutoApplyAt"/> it applies itself and the model is skipped. Never for the user's own
/// domain or a VIP sender.
/// </summary>
public sealed class SenderRules(ITriageStore store, ILogger<SenderRules> logger)
{
    private const int CountedExamples = 1000;

    public async Task<SenderRule?> AutoApplyingAsync(string mailbox, string? sender, MailboxSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var domain = TriageText.Domain(sender);
        if (!Eligible(mailbox, domain, sender, settings))
        {
            return null;
        }
        var rule = await store.GetRuleAsync(mailbox, domain, cancellationToken).ConfigureAwait(false);
        return rule is { AutoApply: true } ? rule : null;
    }

    /// <summary>Stores the example and, for a correction, creates or strengthens the domain's rule.</summary>
    public async Task<SenderRule?> LearnAsync(TrainingExample example, MailboxSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(example);
        ArgumentNullException.ThrowIfNull(settings);
        await store.AddExampleAsync(example, cancellationToken).ConfigureAwait(false);
        if (!example.WasCorrection || !Eligible(example.Mailbox, example.FromDomain, null, settings))
        {
            return null;
        }
        var examples = await store.ListExamplesAsync(example.Mailbox, CountedExamples, cancellationToken).ConfigureAwait(false);
        var count = examples.Count(e => e.WasCorrection && e.FromDomain == example.FromDomain && e.UserChoice == example.UserChoice);
        if (count < SenderRule.CreateAt)
        {
            return null;
        }
        var rule = new SenderRule(example.Mailbox, example.FromDomain, example.UserChoice, count,
            Math.Min(0.8 + 0.05 * (count - SenderRule.CreateAt), 0.99), count >= SenderRule.AutoApplyAt, example.CreatedAt);
        await store.SaveRuleAsync(rule, cancellationToken).ConfigureAwait(false);
        TriageLog.RuleLearned(logger, rule.TargetFolder, count, rule.AutoApply);
        return rule;
    }

    private static bool Eligible(string mailbox, string domain, string? sender, MailboxSettings settings)
    {
        var own = settings.Triage.OwnDomain ?? TriageText.Domain(mailbox);
        return domain.Length > 0
            && !string.Equals(domain, own, StringComparison.OrdinalIgnoreCase)
            && !settings.Triage.IsVip(sender ?? "x@" + domain);
    }
}

using System.Globalization;
using Factumerit.Email.Assistant;
using Factumerit.Email.Triage.Patterns;

namespace Factumerit.Email.Triage.Decisions;

/// <summary>
/// Phase 3 (spec 003 "Merge Results"): the model's folder is final, the pattern's snooze and auto-delete metadata
/// fill what the model left out, then the special rules and the Review threshold apply.
/// </summary>
public static class TriageMerger
{
    /// <param name="answer">The model's triage answer; null when the call failed or the answer was unreadable.</param>
    /// <param name="category">The classification's category for the same email (the shared call), if any.</param>
    public static TriageDecision Merge(PatternHint hint, TriageAnswer? answer, string? failure, TriageSettings settings, bool vip,
        string? category = null)
    {
        ArgumentNullException.ThrowIfNull(hint);
        ArgumentNullException.ThrowIfNull(settings);
        var folder = TriageFolders.Normalize(answer?.Folder);
        if (answer is null || folder is null || folder is TriageFolders.Review or TriageFolders.Archive)
        {
            var why = failure ?? (answer is null ? "no triage answer" : $"unknown folder '{answer.Folder}'");
            var fallback = new TriageDecision(TriageFolders.Review, hint.Folder, 0, TriageSources.PatternFallback,
                $"LLM unavailable: {why}", hint.Folder, hint.Confidence, hint.Tags, SnoozeUntil: null, AutoDeleteMinutes: hint.AutoDeleteMinutes);
            return vip ? fallback with { FinalFolder = TriageFolders.Inbox, Source = TriageSources.Vip } : fallback;
        }

        var confidence = Math.Clamp(answer.Confidence ?? 0, 0, 1);
        var tags = hint.Tags.Concat(answer.Tags ?? []).Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0)
            .Distinct(StringComparer.Ordinal).Take(20).ToList();
        var decision = new TriageDecision(folder, folder, confidence, TriageSources.Llm, Reasoning(answer), hint.Folder, hint.Confidence, tags,
            folder, confidence, answer.PatternAgreed ?? string.Equals(folder, hint.Folder, StringComparison.Ordinal),
            ParseDate(answer.SnoozeUntil), answer.AutoDeleteMinutes ?? hint.AutoDeleteMinutes);
        return ApplyRules(decision, hint, settings, vip, category);
    }

    /// <summary>The special rules that hold whatever the model said, then the threshold.</summary>
    public static TriageDecision ApplyRules(TriageDecision decision, PatternHint hint, TriageSettings settings, bool vip, string? category)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(hint);
        ArgumentNullException.ThrowIfNull(settings);
        if (vip)
        {
            return decision with { FinalFolder = TriageFolders.Inbox, SuggestedFolder = TriageFolders.Inbox, Source = TriageSources.Vip };
        }
        var final = decision.FinalFolder;
        if (hint.Has(PatternTags.SocialDm) && final == TriageFolders.Social)
        {
            // A direct message is a human conversation (spec 003 "Social DM Override").
            final = TriageFolders.Inbox;
        }
        if (hint.Has(PatternTags.Cc) && final == TriageFolders.Inbox && category is Categories.Fyi)
        {
            // CC'd and the classifier found nothing to do: FYI only (spec 003 "CC Priority Demotion").
            final = TriageFolders.Planning;
        }
        decision = decision with { FinalFolder = final, SuggestedFolder = final };
        return decision.Confidence < settings.ConfidenceThreshold && decision.Source == TriageSources.Llm
            ? decision with { FinalFolder = TriageFolders.Review }
            : decision;
    }

    private static string Reasoning(TriageAnswer answer) =>
        string.IsNullOrWhiteSpace(answer.Reasoning) ? "(no reasoning given)" : answer.Reasoning.Trim() is var r && r.Length > 500 ? r[..500] : r;

    private static DateTimeOffset? ParseDate(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at
            : null;
}

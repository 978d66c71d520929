namespace Factumerit.Email.Drafting;

public enum DraftResult
{
    /// <summary>A new draft is in the thread.</summary>
    Drafted,
    /// <summary>Nothing to do: no record, not pending, already handled (a redelivery), or the thread is gone.</summary>
    Ignored,
    /// <summary>The rework limit was reached; the thread moved to Action Required.</summary>
    LimitReached,
    /// <summary>Another worker drafted the same email or thread at the same time; this job's draft was trashed again.</summary>
    Superseded,
}

/// <summary>What a draft, rework or manual-draft job did and what it cost.</summary>
public sealed record DraftOutcome(
    DraftResult Result,
    string? DraftId,
    int LlmCalls,
    int PromptTokens,
    int CompletionTokens,
    long GmailQuotaUnits)
{
    public static DraftOutcome Ignored { get; } = new(DraftResult.Ignored, null, 0, 0, 0, 0);

    public static DraftOutcome From(DraftResult result, string? draftId, LlmUsage usage, long quotaUnits)
    {
        ArgumentNullException.ThrowIfNull(usage);
        return new(result, draftId, usage.Calls, usage.PromptTokens, usage.CompletionTokens, quotaUnits);
    }
}

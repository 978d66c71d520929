namespace Factumerit.Email.Assistant.Eval;

/// <summary>
/// The metrics of spec 004 "Validation Metrics": accuracy, the confusion matrix, the rule-versus-LLM tier split and
/// token usage, with every fixture's result.
/// </summary>
public sealed record EvalReport
{
    public required IReadOnlyList<EvalResult> Results { get; init; }

    public string? Model { get; init; }

    public int Total => Results.Count;

    public int Correct => Results.Count(r => r.Correct);

    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;

    public int LlmCalls => Results.Sum(r => r.LlmCalls);

    public int PromptTokens => Results.Sum(r => r.PromptTokens);

    public int CompletionTokens => Results.Sum(r => r.CompletionTokens);

    /// <summary>LLM calls made for fixtures the rule tier marked automated; 0 unless triage is on.</summary>
    public int LlmCallsOnAutomated => Results.Where(r => r.Rule is not null).Sum(r => r.LlmCalls);

    /// <summary>Expected category → actual category → count, over every category (zeros included).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> ConfusionMatrix =>
        Categories.All.ToDictionary(e => e, e => (IReadOnlyDictionary<string, int>)Categories.All.ToDictionary(
            a => a, a => Results.Count(r => r.Expected == e && r.Actual == a)));

    /// <summary>How many fixtures each tier decided.</summary>
    public IReadOnlyDictionary<string, int> TierCounts =>
        Classification.ClassificationTier.All.ToDictionary(t => t, t => Results.Count(r => r.Tier == t));

    /// <summary>Accuracy per tier, over the fixtures that tier decided.</summary>
    public IReadOnlyDictionary<string, double> TierAccuracy =>
        Results.GroupBy(r => r.Tier).ToDictionary(g => g.Key, g => (double)g.Count(r => r.Correct) / g.Count());

    /// <summary>Accuracy per fixture group (the fixtures' <c>category</c> field).</summary>
    public IReadOnlyDictionary<string, (int Correct, int Total)> Groups =>
        Results.GroupBy(r => r.Group).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (g.Count(r => r.Correct), g.Count()));

    public IReadOnlyList<EvalResult> Misses => Results.Where(r => !r.Correct).ToList();
}

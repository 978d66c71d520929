using System.Text.Json.Serialization;

namespace Factumerit.Email.Assistant.Eval;

/// <summary>The JSON shape of an eval report (<c>eval-report.json</c>), snake_case like the fixtures.</summary>
public sealed record EvalReportDocument(
    string? Model,
    int Total,
    int Correct,
    double Accuracy,
    int LlmCalls,
    int LlmCallsOnAutomated,
    int PromptTokens,
    int CompletionTokens,
    IReadOnlyDictionary<string, int> Tiers,
    IReadOnlyDictionary<string, double> TierAccuracy,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> ConfusionMatrix,
    IReadOnlyList<EvalGroupDocument> Groups,
    IReadOnlyList<EvalResult> Results)
{
    public static EvalReportDocument From(EvalReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new EvalReportDocument(report.Model, report.Total, report.Correct, Math.Round(report.Accuracy, 4), report.LlmCalls,
            report.LlmCallsOnAutomated, report.PromptTokens, report.CompletionTokens, report.TierCounts,
            report.TierAccuracy.ToDictionary(t => t.Key, t => Math.Round(t.Value, 4)), report.ConfusionMatrix,
            report.Groups.Select(g => new EvalGroupDocument(g.Key, g.Value.Correct, g.Value.Total)).ToList(), report.Results);
    }
}

public sealed record EvalGroupDocument(string Group, int Correct, int Total);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(EvalReportDocument))]
public sealed partial class EvalReportJson : JsonSerializerContext;

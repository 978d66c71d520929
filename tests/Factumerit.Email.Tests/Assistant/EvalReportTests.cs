using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Classification;
using Factumerit.Email.Assistant.Eval;

namespace Factumerit.Email.Tests.Assistant;

public sealed class EvalReportTests
{
    private static EvalResult Row(string id, string expected, string actual, string tier, int calls = 1, string? rule = null) =>
        new(id, "g", expected, actual, tier, "high", rule, calls, calls * 100, calls * 10, "why | not", null);

    private static readonly EvalReport Report = new()
    {
        Model = "m",
        Results =
        [
            Row("1", Categories.NeedsResponse, Categories.NeedsResponse, ClassificationTier.Llm),
            Row("2", Categories.ActionRequired, Categories.NeedsResponse, ClassificationTier.Llm),
            Row("3", Categories.Fyi, Categories.Fyi, ClassificationTier.Rule, 0, "list_id"),
            Row("4", Categories.Waiting, Categories.Waiting, ClassificationTier.Thread, 0),
        ],
    };

    [Fact]
    public void Accuracy_matrix_tiers_and_tokens_are_counted()
    {
        Assert.Equal((3, 4, 0.75), (Report.Correct, Report.Total, Report.Accuracy));
        Assert.Equal(1, Report.ConfusionMatrix[Categories.ActionRequired][Categories.NeedsResponse]);
        Assert.Equal(0, Report.ConfusionMatrix[Categories.ActionRequired][Categories.ActionRequired]);
        Assert.Equal((2, 1, 1, 0), (Report.TierCounts["llm"], Report.TierCounts["rule"], Report.TierCounts["thread"], Report.TierCounts["fallback"]));
        Assert.Equal(0.5, Report.TierAccuracy["llm"]);
        Assert.Equal((2, 200, 20, 0), (Report.LlmCalls, Report.PromptTokens, Report.CompletionTokens, Report.LlmCallsOnAutomated));
    }

    [Fact]
    public void The_markdown_and_json_reports_carry_the_numbers()
    {
        var markdown = EvalReportWriter.ToMarkdown(Report);
        var json = EvalReportWriter.ToJson(Report);

        Assert.Contains("Accuracy: **75.0 %** (3/4)", markdown, StringComparison.Ordinal);
        Assert.Contains("| action_required | 1 | 0 | 0 | 0 | 0 |", markdown, StringComparison.Ordinal);
        Assert.Contains("why \\| not", markdown, StringComparison.Ordinal);
        Assert.Contains("\"accuracy\": 0.75", json, StringComparison.Ordinal);
        Assert.Contains("\"llm_calls_on_automated\": 0", json, StringComparison.Ordinal);
    }
}

using System.Globalization;
using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Eval;
using Spectre.Console;

namespace Factumerit.Email.Cli.Eval;

/// <summary>The eval summary as console tables.</summary>
internal static class EvalConsoleView
{
    public static void Write(IAnsiConsole console, EvalReport report)
    {
        var c = CultureInfo.InvariantCulture;
        console.WriteLine(string.Create(c, $"Accuracy: {report.Accuracy:P1} ({report.Correct}/{report.Total})"));
        console.WriteLine(string.Create(c,
            $"LLM calls: {report.LlmCalls} (on automated mail: {report.LlmCallsOnAutomated}); tokens: {report.PromptTokens} prompt, {report.CompletionTokens} completion"));

        var tiers = new Table().Title("Tiers").AddColumns("tier", "emails", "accuracy");
        foreach (var (tier, count) in report.TierCounts)
        {
            tiers.AddRow(tier, count.ToString(c), report.TierAccuracy.TryGetValue(tier, out var a) ? a.ToString("P1", c) : "-");
        }
        console.Write(tiers);

        var matrix = new Table().Title("Confusion matrix (rows expected, columns actual)").AddColumn("expected");
        foreach (var category in Categories.All)
        {
            matrix.AddColumn(new TableColumn(category).RightAligned());
        }
        foreach (var (expected, row) in report.ConfusionMatrix)
        {
            matrix.AddRow([expected, .. Categories.All.Select(a => row[a].ToString(c))]);
        }
        console.Write(matrix);

        if (report.Misses.Count > 0)
        {
            var misses = new Table().Title("Misses").AddColumns("id", "expected", "actual", "tier", "reasoning");
            foreach (var miss in report.Misses)
            {
                misses.AddRow(Markup.Escape(miss.Id), miss.Expected, miss.Actual, miss.Tier, Markup.Escape(miss.Reasoning));
            }
            console.Write(misses);
        }
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Factumerit.Email.Assistant.Eval;

/// <summary>Writes an eval report as <c>eval-report.json</c> and <c>eval-report.md</c>.</summary>
public static class EvalReportWriter
{
    public const string JsonFileName = "eval-report.json";
    public const string MarkdownFileName = "eval-report.md";

    public static (string JsonPath, string MarkdownPath) Write(EvalReport report, string directory)
    {
        ArgumentNullException.ThrowIfNull(report);
        Directory.CreateDirectory(directory);
        var json = Path.Combine(directory, JsonFileName);
        var markdown = Path.Combine(directory, MarkdownFileName);
        File.WriteAllText(json, ToJson(report));
        File.WriteAllText(markdown, ToMarkdown(report));
        return (json, markdown);
    }

    public static string ToJson(EvalReport report) =>
        JsonSerializer.Serialize(EvalReportDocument.From(report), EvalReportJson.Default.EvalReportDocument);

    public static string ToMarkdown(EvalReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var c = CultureInfo.InvariantCulture;
        var md = new StringBuilder()
            .AppendLine("# Classification eval")
            .AppendLine()
            .AppendLine(c, $"- Model: {report.Model ?? "(not configured)"}")
            .AppendLine(c, $"- Accuracy: **{report.Accuracy:P1}** ({report.Correct}/{report.Total})")
            .AppendLine(c, $"- LLM calls: {report.LlmCalls} (on automated mail: {report.LlmCallsOnAutomated})")
            .AppendLine(c, $"- Tokens: {report.PromptTokens} prompt, {report.CompletionTokens} completion")
            .AppendLine()
            .AppendLine("## Tiers")
            .AppendLine()
            .AppendLine("| tier | emails | accuracy |")
            .AppendLine("|---|---:|---:|");
        foreach (var (tier, count) in report.TierCounts)
        {
            var accuracy = report.TierAccuracy.TryGetValue(tier, out var a) ? a.ToString("P1", c) : "-";
            md.AppendLine(c, $"| {tier} | {count} | {accuracy} |");
        }
        md.AppendLine().AppendLine("## Confusion matrix (rows: expected, columns: actual)").AppendLine()
            .AppendLine("| expected \\ actual | " + string.Join(" | ", Categories.All) + " |")
            .AppendLine("|---|" + string.Concat(Categories.All.Select(_ => "---:|")));
        foreach (var (expected, row) in report.ConfusionMatrix)
        {
            md.AppendLine(c, $"| {expected} | {string.Join(" | ", Categories.All.Select(a => row[a]))} |");
        }
        md.AppendLine().AppendLine("## Groups").AppendLine().AppendLine("| group | correct | total |").AppendLine("|---|---:|---:|");
        foreach (var (group, (correct, total)) in report.Groups)
        {
            md.AppendLine(c, $"| {group} | {correct} | {total} |");
        }
        md.AppendLine().AppendLine("## Misses").AppendLine();
        if (report.Misses.Count == 0)
        {
            md.AppendLine("None.");
        }
        else
        {
            md.AppendLine("| id | expected | actual | tier | reasoning |").AppendLine("|---|---|---|---|---|");
            foreach (var miss in report.Misses)
            {
                md.AppendLine(c, $"| {miss.Id} | {miss.Expected} | {miss.Actual} | {miss.Tier} | {Cell(miss.Reasoning)} |");
            }
        }
        return md.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}

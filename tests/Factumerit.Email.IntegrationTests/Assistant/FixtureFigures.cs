using System.Globalization;
using System.Text;

namespace Factumerit.Email.IntegrationTests.Assistant;

/// <summary>The per-email costs of a run over the fixtures, as the Markdown table docs/benchmarks.md shows.</summary>
internal static class FixtureFigures
{
    public const string FileName = "assistant-fixture-figures.md";

    private static readonly (EmailKind Kind, string Title)[] Rows =
    [
        (EmailKind.Automated, "automated (rule tier, triage off)"),
        (EmailKind.Waiting, "waiting (thread tier, user sent last)"),
        (EmailKind.LlmClassified, "LLM-classified, no draft"),
        (EmailKind.Drafted, "drafted (push → draft in thread)"),
    ];

    private static readonly (string Name, Func<EmailCost, long> Value)[] Measures =
    [
        ("LLM calls", c => c.LlmCalls),
        ("… of which to the classifier", c => c.ClassifyLlmCalls),
        ("prompt tokens (chars ÷ 4, the fake's usage)", c => c.PromptTokens),
        ("… of which the classification", c => c.ClassifyPromptTokens),
        ("Gmail quota units", c => c.GmailUnits),
        ("… of which the classification", c => c.ClassifyGmailUnits),
        ("table requests", c => c.TableRequests),
        ("queue messages sent", c => c.QueueSends),
        ("queue receives + deletes", c => c.QueueReceivesAndDeletes),
    ];

    public static string Markdown(IReadOnlyList<EmailCost> costs)
    {
        var rows = Rows.Select(r => (r.Title, Costs: costs.Where(c => c.Kind == r.Kind).ToList())).Where(r => r.Costs.Count > 0).ToList();
        var table = new StringBuilder()
            .Append("| per email (total / mean / max) |")
            .AppendJoin("", rows.Select(r => $" {r.Title}, {r.Costs.Count} emails |")).Append('\n')
            .Append("|---|").AppendJoin("", rows.Select(_ => "---:|")).Append('\n');
        foreach (var (name, value) in Measures)
        {
            table.Append("| ").Append(name).Append(" |")
                .AppendJoin("", rows.Select(r => $" {Cell(r.Costs.Select(value).ToList())} |")).Append('\n');
        }
        return table.ToString();
    }

    private static string Cell(IReadOnlyList<long> values) => string.Create(CultureInfo.InvariantCulture,
        $"{values.Sum():N0} / {values.Average():#,0.#} / {values.Max():N0}");
}

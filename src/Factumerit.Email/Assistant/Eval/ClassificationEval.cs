using Factumerit.Email.Assistant.Classification;
using Factumerit.Email.Assistant.Mailboxes;

namespace Factumerit.Email.Assistant.Eval;

/// <summary>Runs the real classifier (rule tier and the configured LLM) over fixtures, one at a time.</summary>
public sealed class ClassificationEval(EmailClassifier classifier)
{
    /// <param name="onResult">Called after each fixture, e.g. to advance a progress bar.</param>
    public async Task<EvalReport> RunAsync(IReadOnlyList<ClassificationFixture> fixtures, MailboxSettings? settings = null,
        Action<EvalResult>? onResult = null, string? model = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fixtures);
        var results = new List<EvalResult>(fixtures.Count);
        foreach (var fixture in fixtures)
        {
            var result = await classifier.ClassifyAsync(fixture.ToInput(), settings ?? new MailboxSettings(), null, cancellationToken)
                .ConfigureAwait(false);
            var row = new EvalResult(fixture.Id, fixture.Category, fixture.ExpectedClassification, result.Category, result.Tier,
                result.Confidence, result.AutomatedRule, result.LlmCalls, result.PromptTokens, result.CompletionTokens,
                result.Reasoning, result.Fallback);
            results.Add(row);
            onResult?.Invoke(row);
        }
        return new EvalReport { Results = results, Model = model };
    }
}

using Factumerit.Email.Llm;

namespace Factumerit.Email.Assistant.Classification;

/// <summary>
/// The LLM tier: one call at temperature 0 in JSON mode, and the spec's fallbacks. A parse error, an unknown
/// category or an API error give needs_response with low confidence: over-triage is the safer mistake.
/// </summary>
public sealed class LlmClassifier(ILlmClient llm, StyleCatalog styles)
{
    public static readonly string[] Confidences = ["high", "medium", "low"];

    public async Task<LlmVerdict> ClassifyAsync(ClassificationInput input, int bodyChars, string? triageAddendum,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var request = new LlmRequest(LlmUseCase.Classify, ClassificationPrompt.System(styles, triageAddendum),
            ClassificationPrompt.User(input, bodyChars))
        {
            Temperature = 0f,
            JsonMode = true,
        };

        LlmResponse response;
        try
        {
            response = await llm.CompleteAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (LlmUnavailableException ex)
        {
            var calls = ex.Failure == LlmFailure.NotConfigured ? 0 : 1;
            return Fallback($"llm_error: {ex.Failure}", null, calls, 0, 0);
        }

        if (!LlmJson.TryParse(response.Text, ClassificationAnswerJson.Default.ClassificationAnswer, out var answer) || answer is null)
        {
            return Fallback("parse_error", response.Text, 1, response.PromptTokens, response.CompletionTokens);
        }
        var category = answer.Category?.Trim().ToLowerInvariant();
        if (!Categories.IsKnown(category))
        {
            return Fallback("unknown_category", response.Text, 1, response.PromptTokens, response.CompletionTokens);
        }
        var confidence = answer.Confidence?.Trim().ToLowerInvariant();
        return new LlmVerdict(
            category!,
            Confidences.Contains(confidence) ? confidence! : "low",
            string.IsNullOrWhiteSpace(answer.Reasoning) ? "(no reasoning given)" : answer.Reasoning.Trim(),
            answer.DetectedLanguage,
            answer.ResolvedStyle,
            null,
            response.Text,
            1,
            response.PromptTokens,
            response.CompletionTokens);
    }

    private static LlmVerdict Fallback(string why, string? raw, int calls, int promptTokens, int completionTokens) =>
        new(Categories.NeedsResponse, "low", $"fallback ({why}): classified needs_response to be safe", null, null,
            why, raw, calls, promptTokens, completionTokens);
}

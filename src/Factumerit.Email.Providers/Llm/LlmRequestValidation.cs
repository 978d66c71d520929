using Factumerit.Email.Llm;

namespace Factumerit.Email.Providers.Llm;

internal static class LlmRequestValidation
{
    public static void Validate(LlmRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.SystemPrompt, nameof(request));
        ArgumentNullException.ThrowIfNull(request.UserContent, nameof(request));
        if (!Enum.IsDefined(request.UseCase))
        {
            throw new ArgumentException($"Unknown use case {request.UseCase}.", nameof(request));
        }
        if (request.EffectiveTemperature is < 0f or > 2f || float.IsNaN(request.EffectiveTemperature))
        {
            throw new ArgumentException("Temperature must be between 0 and 2.", nameof(request));
        }
        if (request.EffectiveMaxOutputTokens <= 0)
        {
            throw new ArgumentException("MaxOutputTokens must be positive.", nameof(request));
        }
        // OpenAI rejects json_object mode with a 400 unless a message mentions JSON; fail before paying for a call.
        if (request.JsonMode && !MentionsJson(request.SystemPrompt) && !MentionsJson(request.UserContent))
        {
            throw new ArgumentException("JSON mode needs the word JSON in the prompt.", nameof(request));
        }
    }

    private static bool MentionsJson(string text) => text.Contains("json", StringComparison.OrdinalIgnoreCase);
}

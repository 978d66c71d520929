using Factumerit.Email.Drafting.Prompts;
using Factumerit.Email.Drafting.Styles;
using Factumerit.Email.Llm;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Drafting;

/// <summary>Asks the draft model for a reply; a failed call yields the visible error text instead (spec 002).</summary>
public sealed class DraftGenerator(ILlmClient llm, ILogger<DraftGenerator> logger)
{
    public const string ErrorPrefix = "[ERROR: Draft generation failed — ";

    /// <returns>The draft text, without the rework marker.</returns>
    public async Task<string> GenerateAsync(CommunicationStyle style, DraftInput input, LlmUsage usage,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(style);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(usage);
        var request = new LlmRequest(LlmUseCase.Draft, DraftSystemPrompt.Build(style), DraftUserMessage.Build(input));
        try
        {
            var response = await usage.CompleteAsync(llm, request, cancellationToken).ConfigureAwait(false);
            var text = response.Text.Trim();
            return text.Length > 0 ? text : ErrorText("the model returned no text");
        }
        catch (LlmUnavailableException ex)
        {
            Log.DraftGenerationFailed(logger, ex.Failure.ToString(), ex.Status);
            return ErrorText(ex.Message);
        }
    }

    public static string ErrorText(string reason) => ErrorPrefix + reason + "]";
}

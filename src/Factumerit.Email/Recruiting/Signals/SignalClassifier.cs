using System.Text.Json.Serialization;
using Factumerit.Email.Llm;
using Factumerit.Email.Recruiting.Inbox;

namespace Factumerit.Email.Recruiting.Signals;

/// <summary>One LLM call that labels inbound mail from a tracked contact with exactly one stage signal.</summary>
public sealed class SignalClassifier(ILlmClient llm)
{
    private static readonly string SystemPrompt = UntrustedContent.WithInstruction(
        "You read one email a job seeker received from a company or person in their hiring pipeline. Label it with " +
        "exactly one of: interview_scheduled (an interview or call is being scheduled or proposed), offer_received " +
        "(a job offer), rejected (the application is declined), positive_response (interest or a next step, no " +
        "interview yet), neutral (anything else). Answer with JSON only: {\"signal\": \"<label>\"}.");

    /// <returns>The signal, or null with the reason when the call or its answer failed.</returns>
    public async Task<(string? Signal, string? Failure)> ClassifyAsync(RecruitingMail mail, int bodyChars,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var request = new LlmRequest(LlmUseCase.Classify, SystemPrompt, RecruitingPrompt.User(mail, bodyChars))
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
            return (null, $"llm_error: {ex.Failure}");
        }
        if (!LlmJson.TryParse(response.Text, SignalAnswerJson.Default.SignalAnswer, out var answer))
        {
            return (null, "parse_error");
        }
        var signal = answer!.Signal?.Trim().ToLowerInvariant();
        return StageSignals.IsKnown(signal) ? (signal, null) : (null, "unknown_signal");
    }
}

internal sealed record SignalAnswer(string? Signal);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(SignalAnswer))]
internal sealed partial class SignalAnswerJson : JsonSerializerContext;

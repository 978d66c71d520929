using System.Text.Json.Serialization;
using Factumerit.Email.Llm;
using Factumerit.Email.Recruiting.Inbox;
using Factumerit.Email.Recruiting.Signals;

namespace Factumerit.Email.Recruiting.Leads;

/// <summary>One LLM call that extracts the hiring company and job title from recruiter mail.</summary>
public sealed class LeadExtractor(ILlmClient llm)
{
    private static readonly string SystemPrompt = UntrustedContent.WithInstruction(
        "You read one email that may be a recruiter reaching out about a job. Extract the company that is hiring " +
        "(not the recruiting agency's mail provider) and the job title. Use null for what the email does not say, " +
        "and a null company when it is not about a job. Answer with JSON only: {\"company\": string|null, \"title\": string|null}.");

    /// <exception cref="LeadExtractionException">The call failed or the answer is not the JSON asked for.</exception>
    public async Task<ExtractedLead> ExtractAsync(RecruitingMail mail, int bodyChars, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var request = new LlmRequest(LlmUseCase.Extract, SystemPrompt, RecruitingPrompt.User(mail, bodyChars))
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
            throw new LeadExtractionException($"llm_error: {ex.Failure}", ex);
        }
        if (!LlmJson.TryParse(response.Text, LeadAnswerJson.Default.ExtractedLead, out var lead))
        {
            throw new LeadExtractionException("parse_error");
        }
        return new ExtractedLead(Clean(lead!.Company), Clean(lead.Title));
    }

    private static string? Clean(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) || trimmed.Equals("null", StringComparison.OrdinalIgnoreCase) ? null
            : trimmed.Length > 200 ? trimmed[..200] : trimmed;
    }
}

public sealed record ExtractedLead(string? Company, string? Title);

public sealed class LeadExtractionException(string reason, Exception? innerException = null)
    : Exception($"Lead extraction failed ({reason}).", innerException)
{
    public string Reason { get; } = reason;
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ExtractedLead))]
internal sealed partial class LeadAnswerJson : JsonSerializerContext;

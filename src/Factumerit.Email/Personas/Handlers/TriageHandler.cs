using Factumerit.Email.Llm;
using Factumerit.Email.Personas.Handlers.Triage;
using Factumerit.Email.Ports;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Personas.Handlers;

/// <summary>
/// Sorts mail into the route's <c>labels</c> with a priority, in one deterministic LLM call, and forwards it to
/// <c>route_to</c> with the labels in the subject and the classification in the body (idempotency key
/// <c>triage:{messageId}</c>). Never answers the sender.
/// </summary>
public sealed class TriageHandler(ILlmClient llm, IOutboundMail outbound, ILogger<TriageHandler> logger) : IEmailHandler
{
    public static readonly string[] DefaultLabels = ["bug", "feature", "question", "urgent"];

    public const string ForwardSubjectKey = "forward_subject";

    public string Name => PersonaNames.Triage;

    public async Task<HandlerResult> HandleAsync(EmailContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var labels = context.Config.GetStringList("labels") is { Count: > 0 } configured ? configured : DefaultLabels;
        var (classification, tokens) = await ClassifyAsync(context, labels, cancellationToken).ConfigureAwait(false);

        var tagged = $"[{string.Join(",", classification.Labels)}] {context.Subject}";
        var note = $"Triage: {string.Join(", ", classification.Labels)}; priority {classification.Priority}"
            + (classification.FromModel ? "." : " (automatic classification was unavailable).");
        var metadata = new Dictionary<string, string>
        {
            ["labels"] = string.Join(",", classification.Labels),
            ["priority"] = classification.Priority,
            ["classified"] = classification.FromModel ? "true" : "false",
            [ForwardSubjectKey] = tagged,
        };

        // The pipeline's forward would keep the original subject, so the handler sends its own and asks for none.
        if (context.Config.GetAddress("route_to") is { } routeTo)
        {
            await outbound.EnqueueAsync(TriageForward.Create(context, routeTo, classification, note), TriageForward.IdempotencyKey(context),
                cancellationToken).ConfigureAwait(false);
            metadata["forwarded"] = "true";
        }
        else
        {
            Log.MissingConfig(logger, Name, "route_to", "forwarded");
            metadata["forwarded"] = "false";
        }
        return new HandlerResult { ShouldRespond = false, TokensUsed = tokens, Metadata = metadata };
    }

    private async Task<(TriageClassification, int)> ClassifyAsync(EmailContext context, IReadOnlyList<string> labels,
        CancellationToken cancellationToken)
    {
        var system = TriagePrompt.System(labels);
        var budget = LlmBudget.For(context.LlmTokenBudget, system, preferredOutputTokens: 100);
        var request = new LlmRequest(LlmUseCase.Classify, system, TriagePrompt.User(context, budget))
        {
            Temperature = 0,
            JsonMode = true,
            MaxOutputTokens = budget.MaxOutputTokens,
        };
        try
        {
            var response = await llm.CompleteAsync(request, cancellationToken).ConfigureAwait(false);
            var tokens = response.PromptTokens + response.CompletionTokens;
            if (LlmJson.TryParse(response.Text, TriageJsonContext.Default.TriageAnswer, out var answer))
            {
                return (TriageClassification.Validate(answer!, labels), tokens);
            }
            Log.LlmAnswerInvalid(logger, Name, PersonaAddresses.Hash(context.From));
            return (TriageClassification.Fallback, tokens);
        }
        catch (LlmUnavailableException ex)
        {
            Log.LlmUnavailable(logger, Name, PersonaAddresses.Hash(context.From), ex.Failure.ToString());
            return (TriageClassification.Fallback, 0);
        }
    }
}

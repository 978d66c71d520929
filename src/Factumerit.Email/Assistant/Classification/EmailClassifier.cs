using Factumerit.Email.Assistant.Mailboxes;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Assistant.Classification;

/// <summary>
/// The whole classifier: waiting by the thread, the rule tier, the LLM tier (skipped for automated mail unless
/// triage is on), the safety net, then style and language resolution. Shared by the queue worker, the
/// reclassification service, <c>factumerit classify</c> and <c>factumerit eval</c>.
/// </summary>
public sealed class EmailClassifier(LlmClassifier llm, StyleCatalog styles, ITriageHook triage, IOptions<AssistantOptions> options)
{
    /// <param name="mailbox">The mailbox address and message id, for the triage hook; null outside a mailbox.</param>
    public async Task<ClassificationResult> ClassifyAsync(ClassificationInput input, MailboxSettings settings,
        (string Mailbox, string MessageId)? mailbox = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(settings);
        var sender = input.Sender;
        var rule = RuleTier.Check(sender, input.Headers, settings);
        var automated = rule is not null;

        var plan = settings.TriageEnabled
            ? await triage.PrepareAsync(new TriageRequest(mailbox?.Mailbox, mailbox?.MessageId, input, settings), cancellationToken).ConfigureAwait(false)
            : null;

        if (input.UserSentLast)
        {
            return await TriagedAsync(Decided(Categories.Waiting, "the user sent the last message in the thread", ClassificationTier.Thread))
                .ConfigureAwait(false);
        }
        if (automated && plan?.NeedsLlm != true)
        {
            return await TriagedAsync(Decided(Categories.Fyi, $"automated: {rule!.Code}", ClassificationTier.Rule)).ConfigureAwait(false);
        }

        var verdict = await llm.ClassifyAsync(input, options.Value.ClassifyBodyChars, plan?.PromptAddendum, cancellationToken).ConfigureAwait(false);
        var category = verdict.Category;
        var reasoning = verdict.Reasoning;
        var safetyNet = automated && category == Categories.NeedsResponse;
        if (safetyNet)
        {
            // Spec 002 "Safety Net": never draft a reply to a robot.
            category = Categories.Fyi;
            reasoning = $"automated: {rule!.Code} (the LLM said needs_response: {reasoning})";
        }
        var result = new ClassificationResult(category, verdict.Confidence, reasoning,
            Resolution.Language(sender, settings, verdict.Language), Resolution.Style(sender, settings, verdict.Style, styles),
            automated, rule?.Code, verdict.Fallback is null ? ClassificationTier.Llm : ClassificationTier.Fallback,
            verdict.Calls, verdict.PromptTokens, verdict.CompletionTokens, verdict.Fallback, verdict.RawAnswer, verdict.Style, verdict.Language)
        {
            SafetyNetApplied = safetyNet,
        };
        return await TriagedAsync(result).ConfigureAwait(false);

        async Task<ClassificationResult> TriagedAsync(ClassificationResult decided)
        {
            if (plan is not null)
            {
                await triage.OnClassifiedAsync(new TriageContext(mailbox?.Mailbox, mailbox?.MessageId, input, decided), cancellationToken)
                    .ConfigureAwait(false);
            }
            return decided;
        }

        ClassificationResult Decided(string decided, string why, string tier) =>
            new(decided, "high", why, Resolution.Language(sender, settings, null), Resolution.Style(sender, settings, null, styles),
                automated, rule?.Code, tier, 0, 0, 0);
    }
}

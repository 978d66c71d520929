using Factumerit.Email.Drafting.Mail;
using Factumerit.Email.Drafting.Prompts;
using Factumerit.Email.Llm;
using Factumerit.Email.Mail;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Drafting.Context;

/// <summary>
/// Finds earlier correspondence related to the email being answered (spec 002, "Context Gathering"). Entirely
/// fail-safe: whatever goes wrong, the draft goes ahead without context.
/// </summary>
public sealed class ContextGatherer(ILlmClient llm, ILogger<ContextGatherer> logger)
{
    private const string SystemPrompt = """
        You help find earlier emails related to an incoming email in the recipient's Gmail mailbox.
        Propose up to 3 Gmail search queries that would find related earlier conversations: the same sender,
        the same project, order, invoice or topic. Use Gmail search operators such as from:, subject: and
        distinctive keywords or numbers. Answer with a JSON array of query strings and nothing else, for example:
        ["from:ana@example.com", "subject:\"invoice 42\""]
        """;

    /// <returns>The formatted "Related emails" block, or null when nothing was found or gathering failed.</returns>
    public async Task<string?> GatherAsync(IAssistantMailbox mailbox, MailThread thread, MailMessage replied, LlmUsage usage,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(replied);
        ArgumentNullException.ThrowIfNull(usage);
        try
        {
            var queries = await ProposeQueriesAsync(replied, usage, cancellationToken).ConfigureAwait(false);
            var threadIds = await SearchAsync(mailbox, queries, thread.Id, cancellationToken).ConfigureAwait(false);
            var related = new List<MailThread>(threadIds.Count);
            foreach (var id in threadIds)
            {
                if (await mailbox.GetThreadAsync(id, withBodies: true, cancellationToken).ConfigureAwait(false) is { } found)
                {
                    related.Add(found);
                }
            }
            Log.ContextGathered(logger, queries.Count, related.Count);
            return RelatedEmailsBlock.Format(related);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Spec 002: any failure here (LLM, search, parsing) is a warning; the draft proceeds without context.
            Log.ContextFailed(logger, ex.GetType().Name, ex);
            return null;
        }
    }

    private async Task<IReadOnlyList<string>> ProposeQueriesAsync(MailMessage replied, LlmUsage usage, CancellationToken cancellationToken)
    {
        var user = $"From: {DraftUserMessage.HeaderValue(replied.Sender)}\nSubject: {DraftUserMessage.HeaderValue(replied.Subject)}\n\n"
            + UntrustedContent.Wrap("Email body", ThreadText.NewText(replied.Body), DraftLimits.ContextBodyChars);
        var request = new LlmRequest(LlmUseCase.Context, UntrustedContent.WithInstruction(SystemPrompt.ReplaceLineEndings("\n")), user);
        var response = await usage.CompleteAsync(llm, request, cancellationToken).ConfigureAwait(false);
        return ContextQueries.Parse(response.Text);
    }

    private static async Task<IReadOnlyList<string>> SearchAsync(IAssistantMailbox mailbox, IReadOnlyList<string> queries,
        string currentThreadId, CancellationToken cancellationToken)
    {
        var found = new List<string>();
        foreach (var query in queries)
        {
            var ids = await mailbox.SearchThreadsAsync(query, DraftLimits.RelatedThreads + 1, cancellationToken).ConfigureAwait(false);
            foreach (var id in ids)
            {
                if (id != currentThreadId && !found.Contains(id) && found.Count < DraftLimits.RelatedThreads)
                {
                    found.Add(id);
                }
            }
        }
        return found;
    }
}

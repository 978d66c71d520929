namespace Factumerit.Email.IntegrationTests.Assistant;

/// <summary>
/// Reads what the host did between two points from the fakes' request logs and the storage counter. Emails are
/// measured one at a time, so everything between the marks belongs to the email.
/// </summary>
internal sealed class CostMeter(AssistantHarness harness)
{
    public readonly record struct Mark(int GmailRequests, int LlmRequests, int Tables, int Sends, int Receives);

    public Mark Now() => new(harness.Gmail.Requests.Count, harness.Llm.Requests.Count, harness.Storage.TableRequests(harness.TablePrefix),
        harness.Storage.QueueSends(harness.QueuePrefix), harness.Storage.QueueReceivesAndDeletes(harness.QueuePrefix));

    public EmailCost Since(Mark mark, string fixtureId, EmailKind kind, string threadId)
    {
        var gmail = harness.Gmail.Requests.Skip(mark.GmailRequests).ToList();
        var llm = harness.Llm.Requests.Skip(mark.LlmRequests).ToList();
        // The classification ends with its label on the thread; a draft's Gmail calls all come after it.
        var labelled = gmail.FindIndex(r => r.Operation == "threads.modify" && r.PathAndQuery.Contains($"/threads/{threadId}/", StringComparison.Ordinal));
        var classifyShare = labelled < 0 ? gmail : gmail.Take(labelled + 1);
        var classify = llm.Where(r => r.Model is not (DraftingHost.ContextModel or DraftingHost.DraftModel)).ToList();
        var now = Now();
        return new EmailCost(fixtureId, kind,
            LlmCalls: llm.Count,
            ClassifyLlmCalls: classify.Count,
            PromptTokens: llm.Sum(FixtureLlm.PromptTokens),
            ClassifyPromptTokens: classify.Sum(FixtureLlm.PromptTokens),
            GmailUnits: gmail.Sum(r => (long)r.QuotaUnits),
            ClassifyGmailUnits: classifyShare.Sum(r => (long)r.QuotaUnits),
            TableRequests: now.Tables - mark.Tables,
            QueueSends: now.Sends - mark.Sends,
            QueueReceivesAndDeletes: now.Receives - mark.Receives);
    }
}

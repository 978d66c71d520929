using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Classification;
using Factumerit.Email.Assistant.Eval;
using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.IntegrationTests.Hosting.Standalone;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Factumerit.Email.IntegrationTests.Assistant;

/// <summary>
/// The benchmark of issue 4: every classification fixture pushed through the host (standalone on Azurite, the
/// wire-level Gmail, token, JWKS and OpenAI-compatible fakes), one email at a time so each cost is its own,
/// with the goals checked for every email and the figures written as Markdown for docs/benchmarks.md.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class FixtureSetFiguresTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const int MaxGmailUnitsPerClassification = 25;

    [Fact]
    public async Task Every_fixture_is_classified_as_expected_within_the_llm_and_gmail_quota_goals()
    {
        var fixtures = FixtureLoader.Load(Path.Combine(RepositoryRoot.Find(), "fixtures", "classification"));
        await using var harness = await AssistantHarness.StartAsync(azurite, s =>
        {
            s["Llm:DraftModel"] = DraftingHost.DraftModel;
            s["Llm:ContextModel"] = DraftingHost.ContextModel;
            // One push per email: each sync starts at once instead of waiting out a coalescing window.
            s["Assistant:SyncCoalesceWindow"] = "00:00:00";
        }, alsoRunning: DraftingHost.Functions);
        harness.Llm.Responder = FixtureLlm.EarlierMessages();
        await harness.ConnectAsync();
        var threads = new FixtureThreads(harness);
        foreach (var fixture in fixtures)
        {
            threads.SeedEarlier(fixture);
        }
        await harness.PushAsync();
        await WaitForIdleAsync(harness);

        harness.Llm.Responder = FixtureLlm.For(fixtures);
        var meter = new CostMeter(harness);
        var costs = new List<EmailCost>();
        var wrong = new List<string>();
        foreach (var fixture in fixtures)
        {
            var mark = meter.Now();
            var mail = threads.SeedFixture(fixture);
            await harness.PushAsync();
            var record = await harness.WaitForClassificationAsync(mail.Id);
            if (record.Category == Categories.NeedsResponse)
            {
                await ListenerHarness.EventuallyAsync(async () => (await harness.Emails.GetAsync(harness.Mailbox, mail.Id))!.Status == EmailStatus.Drafted,
                    $"{fixture.Id} to be drafted");
                Assert.Single(harness.DraftsIn(mail.ThreadId));
            }
            await WaitForIdleAsync(harness);
            costs.Add(meter.Since(mark, fixture.Id, KindOf(record), mail.ThreadId));
            if (record.Category != fixture.ExpectedClassification)
            {
                wrong.Add($"{fixture.Id}: {record.Category} by {record.Tier}, expected {fixture.ExpectedClassification}");
            }
            var audited = (await harness.LlmAudit.ListForMessageAsync(harness.Mailbox, mail.Id)).Sum(c => c.PromptTokens);
            if (audited != costs[^1].ClassifyPromptTokens)
            {
                wrong.Add($"{fixture.Id}: {audited} prompt tokens audited, {costs[^1].ClassifyPromptTokens} reported by the LLM");
            }
        }

        var markdown = FixtureFigures.Markdown(costs);
        output.WriteLine(markdown);
        costs.ForEach(c => output.WriteLine(c.ToString()));
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, FixtureFigures.FileName), markdown);
        Assert.Empty(wrong);
        Assert.Equal(Ids(fixtures.Where(f => f.ExpectsRuleTier)), Ids(costs, EmailKind.Automated));
        Assert.Equal(Ids(fixtures.Where(f => f.UserSentLast)), Ids(costs, EmailKind.Waiting));
        Assert.Equal(Ids(fixtures.Where(f => !f.ExpectsRuleTier && f.ExpectedClassification == Categories.NeedsResponse)), Ids(costs, EmailKind.Drafted));
        Assert.Equal(fixtures.Count(f => !f.ExpectsRuleTier && !f.UserSentLast), costs.Count(c => c.Kind is EmailKind.LlmClassified or EmailKind.Drafted));
        Assert.All(costs.Where(c => c.Kind is EmailKind.Automated or EmailKind.Waiting), c => Assert.Equal(0, c.LlmCalls));
        Assert.All(costs.Where(c => c.Kind is EmailKind.LlmClassified or EmailKind.Drafted), c => Assert.Equal(1, c.ClassifyLlmCalls));
        Assert.All(costs, c => Assert.InRange(c.ClassifyGmailUnits, 1, MaxGmailUnitsPerClassification));
        Assert.All(costs.Where(c => c.Kind != EmailKind.Drafted), c => Assert.Equal(c.ClassifyGmailUnits, c.GmailUnits));
    }

    private static EmailKind KindOf(AssistantEmail record) => record switch
    {
        { Tier: ClassificationTier.Rule } => EmailKind.Automated,
        { Tier: ClassificationTier.Thread } => EmailKind.Waiting,
        { Category: Categories.NeedsResponse } => EmailKind.Drafted,
        _ => EmailKind.LlmClassified,
    };

    private static string[] Ids(IEnumerable<ClassificationFixture> fixtures) => [.. fixtures.Select(f => f.Id).Order(StringComparer.Ordinal)];

    private static string[] Ids(IEnumerable<EmailCost> costs, EmailKind kind) =>
        [.. costs.Where(c => c.Kind == kind).Select(c => c.FixtureId).Order(StringComparer.Ordinal)];

    /// <summary>Every queue the email's work passes through is empty: the sync fanned out, each step finished.</summary>
    private static async Task WaitForIdleAsync(AssistantHarness harness)
    {
        foreach (var name in new[] { AssistantQueues.MailboxSync, AssistantQueues.Classify, AssistantQueues.Retriage, AssistantQueues.Draft })
        {
            var queue = harness.Queue(name);
            await queue.CreateIfNotExistsAsync();
            await ListenerHarness.EventuallyAsync(() => ListenerHarness.IsEmptyAsync(queue), $"queue {name} to drain");
        }
    }
}

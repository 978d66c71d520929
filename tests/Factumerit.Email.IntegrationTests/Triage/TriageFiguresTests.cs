using Factumerit.Email.Assistant.Gmail;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Functions.Functions.Triage;
using Factumerit.Email.IntegrationTests.Assistant;
using Factumerit.Email.IntegrationTests.Fakes.Gmail;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.IntegrationTests.Triage.Inbox;
using Factumerit.Email.Triage;
using Factumerit.Email.Triage.Learning;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Factumerit.Email.IntegrationTests.Triage;

/// <summary>
/// The figures: Organize Inbox over a realistic 200-email inbox with a scripted competent model, then the
/// user's corrections for three recurring senders, then a second 200-email batch from the same senders. Writes
/// the table to <c>triage-figures.md</c> in the test output directory.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TriageFiguresTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    /// <summary>Recurring automated senders the user keeps re-filing, and where the user wants them.</summary>
    private static readonly (string Domain, string Folder)[] Corrections =
    [
        ("medium.com", TriageFolders.Promotions),
        ("circleci.com", TriageFolders.Archive),
        ("outdoorgear.example", TriageFolders.Feed),
    ];

    private static readonly TimeSpan Stall = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Organize_moves_most_of_a_realistic_inbox_out_and_learned_sender_rules_save_model_calls()
    {
        var settings = new MailboxSettings { TriageEnabled = true, Triage = new TriageSettings { VipSenders = InboxCatalog.VipSenders } };
        var (harness, clock) = await TriageHarness.StartAsync(azurite, [TriageOrganizeFunctions.Worker], mailbox: settings);
        await using var _h = harness;
        var model = new ScriptedTriageModel();
        harness.Llm.Responder = model.Answer;
        var inbox = new RealisticInbox(seed: 20_251_216, harness.Mailbox);

        var first = Seed(harness, model, inbox.NextBatch());
        var pass1 = await OrganizeAsync(harness, model, first);

        Assert.True(pass1.OutOfInboxShare >= 0.70, $"Only {pass1.OutOfInboxShare:P0} of the inbox left it.");
        Assert.Equal(1, pass1.MaxCallsPerThread);
        Assert.True(pass1.LlmCalls <= pass1.Threads, $"{pass1.LlmCalls} model calls for {pass1.Threads} threads.");
        Assert.Equal(0, pass1.SenderRule);

        var corrections = await CorrectAsync(harness, first, clock.GetUtcNow());
        var second = Seed(harness, model, inbox.NextBatch());
        var pass2 = await OrganizeAsync(harness, model, second);

        var saved = pass1.LlmCalls - pass2.LlmCalls;
        Assert.True(saved > 0, "Sender rules saved no model calls.");
        Assert.Equal(second.Count(s => Corrections.Any(c => c.Domain == s.Email.Sender.Domain)), pass2.SenderRule);
        Assert.Equal(pass2.SenderRule, saved);
        Assert.True(pass2.MaxCallsPerThread <= 1);
        Assert.True(pass2.AsWanted > pass1.AsWanted, "The corrected senders were not filed where the user wants them.");

        var table = TriageFiguresTable.Render(pass1, pass2, Corrections.Length, corrections);
        output.WriteLine(table);
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "triage-figures.md"), table);
    }

    private static List<(InboxEmail Email, FakeGmailMessageView View)> Seed(AssistantHarness harness, ScriptedTriageModel model, IReadOnlyList<InboxEmail> batch)
    {
        model.Add(batch);
        return [.. batch.Select(e => (e, harness.Gmail.SeedMessage(harness.Mailbox, e.Sender.From, e.To, e.Subject, e.Body, headers: e.Headers)))];
    }

    private async Task<PassFigures> OrganizeAsync(AssistantHarness harness, ScriptedTriageModel model,
        IReadOnlyList<(InboxEmail Email, FakeGmailMessageView View)> batch)
    {
        var (calls, units, storage) = (harness.Llm.Requests.Count, harness.Gmail.QuotaUnits(harness.Mailbox), StorageTransactions(harness));
        var run = await OrganizeApi.WaitAsync(harness, await OrganizeApi.StartAsync(harness), Stall);
        Assert.Equal(("completed", 0), (run["status"]!.GetValue<string>(), run["errors"]!.GetValue<int>()));

        var log = (await harness.TriageStore(azurite).ListLogAsync(harness.Mailbox, 10_000)).ToDictionary(e => e.MessageId);
        var decisions = batch.Select(s => (s.Email, log[s.View.Id].Decision,
            harness.Gmail.GetMessage(harness.Mailbox, s.View.Id)!.LabelIds.Contains(GmailSystemLabels.Inbox))).ToList();
        return PassFigures.Count(decisions, Wanted) with
        {
            LlmCalls = harness.Llm.Requests.Count - calls,
            MaxCallsPerThread = batch.Max(s => model.Calls.GetValueOrDefault(s.Email.Subject)),
            SkippedEarlier = run["threads_skipped"]!.GetValue<int>(),
            GmailUnits = harness.Gmail.QuotaUnits(harness.Mailbox) - units,
            StorageTransactions = StorageTransactions(harness) - storage,
        };
    }

    /// <summary>The user re-files every first-batch thread of the corrected senders, through triage's learning entry point.</summary>
    private async Task<int> CorrectAsync(AssistantHarness harness, IReadOnlyList<(InboxEmail Email, FakeGmailMessageView View)> batch, DateTimeOffset now)
    {
        var rules = harness.Services.GetRequiredService<SenderRules>();
        var store = harness.TriageStore(azurite);
        var settings = (await harness.Mailboxes.GetAsync(harness.Mailbox))!.Settings;
        var count = 0;
        foreach (var (domain, folder) in Corrections)
        {
            var threads = batch.Where(s => s.Email.Sender.Domain == domain).ToList();
            Assert.True(threads.Count >= SenderRule.AutoApplyAt, $"{domain} sent only {threads.Count} emails.");
            foreach (var (email, view) in threads)
            {
                var suggested = (await store.GetThreadAsync(harness.Mailbox, view.ThreadId))!.SuggestedFolder;
                await rules.LearnAsync(new TrainingExample(harness.Mailbox, view.ThreadId, domain, email.Subject, suggested, folder,
                    suggested != folder, TrainingSources.ManualMove, now.AddSeconds(++count)), settings);
            }
            Assert.True((await store.GetRuleAsync(harness.Mailbox, domain))?.AutoApply, $"No auto-applying rule for {domain}.");
        }
        return count;
    }

    private static string Wanted(InboxEmail email) =>
        Corrections.FirstOrDefault(c => c.Domain == email.Sender.Domain).Folder ?? email.ExpectedFolder;

    private static int StorageTransactions(AssistantHarness harness) =>
        harness.Storage.TableRequests(harness.TablePrefix) + harness.Storage.TableRequests(harness.Settings["Scheduler:TableName"]!)
        + harness.Storage.QueueSends(harness.QueuePrefix) + harness.Storage.QueueReceivesAndDeletes(harness.QueuePrefix);
}

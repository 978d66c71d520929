using System.Net;
using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Audit;
using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.IntegrationTests.Fakes.Llm;
using Factumerit.Email.IntegrationTests.Infrastructure;

namespace Factumerit.Email.IntegrationTests.Assistant;

/// <summary>New mail from a push to a label in Gmail, through the real host, queues and stores.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ClassificationPipelineTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task New_mail_gets_its_classification_label_a_record_an_event_and_an_audited_llm_call()
    {
        await using var harness = await AssistantHarness.StartAsync(azurite);
        await harness.ConnectAsync();
        harness.AnswerWith(Categories.ActionRequired, language: "de", style: "formal");
        var mail = harness.SeedInbound("Einladung: Abstimmung am Mittwoch", "Bitte sagen Sie im Kalender zu.");

        var response = await harness.PushAsync();

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var labelled = await harness.WaitForLabelAsync(mail.Id, AssistantLabels.ActionRequired);
        var record = await harness.WaitForClassificationAsync(mail.Id);
        Assert.Equal(Categories.ActionRequired, record.Category);
        Assert.Equal(("high", "de", "formal", "llm"), (record.Confidence, record.Language, record.Style, record.Tier));
        Assert.Equal("alice@client.example", record.From);
        Assert.Equal(mail.ThreadId, record.ThreadId);
        Assert.DoesNotContain(await harness.LabelIdAsync(AssistantLabels.NeedsResponse), labelled.LabelIds);

        var classified = Assert.Single(await harness.Events.ListForMessageAsync(harness.Mailbox, mail.Id));
        Assert.Equal((AssistantEventTypes.Classified, Categories.ActionRequired), (classified.Type, classified.Category));
        var call = Assert.Single(await harness.LlmAudit.ListForMessageAsync(harness.Mailbox, mail.Id));
        Assert.Contains("Einladung: Abstimmung am Mittwoch", call.UserContent, StringComparison.Ordinal);
        Assert.Contains("needs_response", call.SystemPrompt, StringComparison.Ordinal);
        Assert.Equal((300, 40), (call.PromptTokens, call.CompletionTokens));
        Assert.NotNull(call.ResponseText);
        Assert.Empty(await harness.PeekAsync(AssistantQueues.Draft));
        var request = Assert.Single(harness.Llm.Requests);
        Assert.Equal(0d, request.Temperature);
    }

    [Fact]
    public async Task Needs_response_requests_a_draft()
    {
        await using var harness = await AssistantHarness.StartAsync(azurite);
        await harness.ConnectAsync();
        harness.AnswerWith(Categories.NeedsResponse);
        var mail = harness.SeedInbound("Quick question");

        await harness.PushAsync();

        await harness.WaitForLabelAsync(mail.Id, AssistantLabels.NeedsResponse);
        await harness.WaitForClassificationAsync(mail.Id);
        var draft = Assert.Single(await harness.PeekAsync(AssistantQueues.Draft));
        Assert.Contains(mail.Id, draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_duplicate_push_and_a_redelivered_classify_message_give_one_classification()
    {
        await using var harness = await AssistantHarness.StartAsync(azurite);
        await harness.ConnectAsync();
        harness.AnswerWith(Categories.PaymentRequest);
        var mail = harness.SeedInbound("Invoice INV-77 due in 14 days", "Please pay EUR 120 by the 30th.");

        Assert.Equal(HttpStatusCode.NoContent, (await harness.PushAsync()).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await harness.PushAsync()).StatusCode);
        await harness.WaitForClassificationAsync(mail.Id);
        // A later push for the same history, and the classify message delivered again (as after a crash).
        await harness.PushAsync();
        var queue = harness.Queue(AssistantQueues.Classify);
        await queue.SendMessageAsync($$"""{"mailbox":"{{harness.Mailbox}}","messageId":"{{mail.Id}}","threadId":"{{mail.ThreadId}}"}""");
        await harness.WaitForIdleAsync();

        Assert.Single(harness.Llm.Requests);
        Assert.Single(await harness.Events.ListForMessageAsync(harness.Mailbox, mail.Id));
        Assert.Single(await harness.LlmAudit.ListForMessageAsync(harness.Mailbox, mail.Id));
        Assert.Contains(await harness.LabelIdAsync(AssistantLabels.PaymentRequest), harness.Gmail.GetMessage(harness.Mailbox, mail.Id)!.LabelIds);
    }

    [Fact]
    public async Task Automated_mail_is_labelled_fyi_without_any_llm_call()
    {
        await using var harness = await AssistantHarness.StartAsync(azurite);
        await harness.ConnectAsync();
        var mail = harness.SeedInbound("Týden slev: až -40 %", "Co si vyberete vy?", "Alza.cz <newsletter@alza.example>",
            new Dictionary<string, string> { ["List-Unsubscribe"] = "<https://alza.example/odhlasit>", ["Precedence"] = "bulk" });
        var before = harness.Gmail.QuotaUnits(harness.Mailbox);
        var (tables, sends, queueOps) = (harness.Storage.TableRequests(harness.TablePrefix), harness.Storage.QueueSends(harness.QueuePrefix),
            harness.Storage.QueueReceivesAndDeletes(harness.QueuePrefix));

        await harness.PushAsync();

        await harness.WaitForLabelAsync(mail.Id, AssistantLabels.Fyi);
        var record = await harness.WaitForClassificationAsync(mail.Id);
        await harness.WaitForIdleAsync();
        var units = harness.Gmail.QuotaUnits(harness.Mailbox) - before;
        Assert.Equal(22, units);
        BenchmarkFigures.Record("classified email, rule tier (automated)", units, harness.Llm.Requests.Count, 0,
            harness.Storage.TableRequests(harness.TablePrefix) - tables, harness.Storage.QueueSends(harness.QueuePrefix) - sends,
            harness.Storage.QueueReceivesAndDeletes(harness.QueuePrefix) - queueOps);
        Assert.Empty(harness.Llm.Requests);
        Assert.Empty(await harness.LlmAudit.ListForMessageAsync(harness.Mailbox, mail.Id));
        Assert.Equal((Categories.Fyi, "rule", true), (record.Category, record.Tier, record.IsAutomated));
        Assert.StartsWith("automated: ", record.Reasoning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_llm_down_mail_is_classified_needs_response_with_low_confidence()
    {
        await using var harness = await AssistantHarness.StartAsync(azurite);
        await harness.ConnectAsync();
        harness.Llm.Responder = _ => FakeChatReply.ServerError();
        var mail = harness.SeedInbound("Can we talk tomorrow?");

        await harness.PushAsync();

        await harness.WaitForLabelAsync(mail.Id, AssistantLabels.NeedsResponse);
        var record = await harness.WaitForClassificationAsync(mail.Id);
        Assert.Equal((Categories.NeedsResponse, "low", "fallback"), (record.Category, record.Confidence, record.Tier));
        var call = Assert.Single(await harness.LlmAudit.ListForMessageAsync(harness.Mailbox, mail.Id));
        Assert.False(call.Succeeded);
        Assert.Single(await harness.PeekAsync(AssistantQueues.Draft));
    }

    [Fact]
    public async Task Expired_history_runs_a_bounded_full_sync_that_still_classifies_new_mail()
    {
        await using var harness = await AssistantHarness.StartAsync(azurite);
        await harness.ConnectAsync();
        harness.AnswerWith(Categories.NeedsResponse);
        var mail = harness.SeedInbound("Are you free on Friday?");
        harness.Gmail.ExpireHistory(harness.Mailbox);

        await harness.PushAsync();

        await harness.WaitForLabelAsync(mail.Id, AssistantLabels.NeedsResponse);
        await harness.WaitForClassificationAsync(mail.Id);
        await harness.WaitForIdleAsync();
        var stored = await harness.Mailboxes.GetAsync(harness.Mailbox);
        Assert.True(stored!.HistoryId >= harness.Gmail.CurrentHistoryId(harness.Mailbox) - 50);
        Assert.Contains(harness.Gmail.Requests, r => r.Operation == "messages.list" && r.PathAndQuery.Contains("maxResults=20", StringComparison.Ordinal));
        Assert.Single(harness.Llm.Requests);
    }

    [Fact]
    public async Task A_classified_email_costs_at_most_25_gmail_quota_units()
    {
        await using var harness = await AssistantHarness.StartAsync(azurite);
        await harness.ConnectAsync();
        await harness.WaitForIdleAsync();
        harness.AnswerWith(Categories.ActionRequired);
        var mail = harness.SeedInbound("Please approve the plans by Thursday");
        var before = harness.Gmail.QuotaUnits(harness.Mailbox);
        var tablesBefore = harness.Storage.TableRequests(harness.TablePrefix);
        var sendsBefore = harness.Storage.QueueSends(harness.QueuePrefix);
        var queueOpsBefore = harness.Storage.QueueReceivesAndDeletes(harness.QueuePrefix);

        await harness.PushAsync();
        await harness.WaitForClassificationAsync(mail.Id);
        await harness.WaitForIdleAsync();

        var units = harness.Gmail.QuotaUnits(harness.Mailbox) - before;
        Assert.InRange(units, 1, 25);
        // history.list (2) + threads.get full (10) + threads.modify (10).
        Assert.Equal(22, units);
        var call = Assert.Single(await harness.LlmAudit.ListForMessageAsync(harness.Mailbox, mail.Id));
        BenchmarkFigures.Record("classified email, LLM tier", units, harness.Llm.Requests.Count, call.SystemPrompt.Length + call.UserContent.Length,
            harness.Storage.TableRequests(harness.TablePrefix) - tablesBefore, harness.Storage.QueueSends(harness.QueuePrefix) - sendsBefore,
            harness.Storage.QueueReceivesAndDeletes(harness.QueuePrefix) - queueOpsBefore);
    }
}

using System.Globalization;
using Factumerit.Email.Assistant;
using Factumerit.Email.Drafting;
using Factumerit.Email.IntegrationTests.Drafting.Support;
using Factumerit.Email.IntegrationTests.Fakes.Llm;
using Factumerit.Email.IntegrationTests.Hosting.Standalone;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Factumerit.Email.IntegrationTests.Assistant;

/// <summary>
/// The whole assistant through the host: push, sync, classification, draft, rework, Done and sending, each step
/// checked by what the user's Gmail holds.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DraftLifecycleEndToEndTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const string Subject = "Smlouva – podpis do pátku?";

    [Fact]
    public async Task New_mail_is_labelled_and_gets_a_threaded_reply_draft_and_moves_to_Outbox()
    {
        await using var harness = await DraftingHost.StartAsync(azurite);
        var inbound = harness.SeedInbound(Subject);
        var (units, llmCalls, tables, sends, receives) = (harness.Gmail.QuotaUnits(harness.Mailbox), harness.Llm.Requests.Count,
            harness.Storage.TableRequests(harness.TablePrefix), harness.Storage.QueueSends(harness.QueuePrefix),
            harness.Storage.QueueReceivesAndDeletes(harness.QueuePrefix));

        var draft = await harness.DraftedAsync(inbound);
        await harness.WaitForIdleAsync();
        Report(harness, "drafted email (push, sync, classify, draft)", units, llmCalls, tables, sends, receives);

        var headers = RawHeaders.Read(draft.Message.Raw);
        Assert.Equal(inbound.MessageId, headers["In-Reply-To"]);
        Assert.Contains(inbound.MessageId!, headers["References"], StringComparison.Ordinal);
        Assert.StartsWith("=?", headers["Subject"], StringComparison.Ordinal);
        Assert.Equal("Re: " + Subject, draft.Message.Subject);
        Assert.Contains("charset=utf-8", headers["Content-Type"], StringComparison.OrdinalIgnoreCase);
        var body = draft.Message.PlainText.ReplaceLineEndings("\n");
        Assert.StartsWith(ReworkMarker.Prefix, body, StringComparison.Ordinal);
        Assert.Contains(DraftingHost.DraftText, body, StringComparison.Ordinal);
        var labels = harness.LabelsOn(inbound.ThreadId);
        Assert.Contains(AssistantLabels.Outbox, labels);
        Assert.DoesNotContain(AssistantLabels.NeedsResponse, labels);
        Assert.Equal(draft.Message.Id, (await harness.Emails.GetAsync(harness.Mailbox, inbound.Id))!.DraftMessageId);
    }

    [Fact]
    public async Task Rework_with_instructions_replaces_the_draft_and_counts_it()
    {
        await using var harness = await DraftingHost.StartAsync(azurite);
        var inbound = harness.SeedInbound(Subject);
        var first = await harness.DraftedAsync(inbound);

        await harness.RequestReworkAsync(inbound, "Say it will be signed by Thursday");
        await WaitForReworksAsync(harness, inbound, 1);

        Assert.Contains("Say it will be signed by Thursday", harness.DraftRequests()[^1].UserContent, StringComparison.Ordinal);
        var replaced = Assert.Single(harness.DraftsIn(inbound.ThreadId));
        Assert.NotEqual(first.DraftId, replaced.DraftId);
        Assert.DoesNotContain(harness.Gmail.GetDrafts(harness.Mailbox), d => d.DraftId == first.DraftId);
        var labels = harness.LabelsOn(inbound.ThreadId);
        Assert.Contains(AssistantLabels.Outbox, labels);
        Assert.DoesNotContain(AssistantLabels.Rework, labels);
    }

    [Fact]
    public async Task A_fourth_rework_moves_the_thread_to_Action_Required_without_a_new_draft()
    {
        await using var harness = await DraftingHost.StartAsync(azurite);
        var inbound = harness.SeedInbound(Subject);
        await harness.DraftedAsync(inbound);
        for (var round = 1; round <= DraftLimits.MaxReworks; round++)
        {
            await harness.RequestReworkAsync(inbound, $"Round {round}");
            await WaitForReworksAsync(harness, inbound, round);
        }
        var third = Assert.Single(harness.DraftsIn(inbound.ThreadId));
        var drafts = harness.DraftRequests().Count;

        await harness.RequestReworkAsync(inbound, "Round 4");
        await ListenerHarness.EventuallyAsync(async () => (await harness.Emails.GetAsync(harness.Mailbox, inbound.Id))!.Status == EmailStatus.Skipped,
            "the rework limit");

        var labels = harness.LabelsOn(inbound.ThreadId);
        Assert.Contains(AssistantLabels.ActionRequired, labels);
        Assert.DoesNotContain(AssistantLabels.Rework, labels);
        Assert.DoesNotContain(AssistantLabels.Outbox, labels);
        Assert.Equal(drafts, harness.DraftRequests().Count);
        Assert.Equal(third.DraftId, Assert.Single(harness.DraftsIn(inbound.ThreadId)).DraftId);
    }

    [Fact]
    public async Task Done_clears_every_assistant_label_and_the_inbox_and_keeps_Done()
    {
        await using var harness = await DraftingHost.StartAsync(azurite);
        // An earlier FYI message in the thread carries an assistant label too; Done clears every message.
        var earlier = harness.SeedInbound(Subject, "For your information: the draft contract is attached.");
        var inbound = harness.Gmail.SeedMessage(harness.Mailbox, "Alice Client <alice@client.example>", harness.Mailbox,
            "Re: " + Subject, "Could you send me the signed contract today?", threadId: earlier.ThreadId);
        var answer = harness.Llm.Responder!;
        harness.Llm.Responder = request => request.Model is not (DraftingHost.DraftModel or DraftingHost.ContextModel)
            && request.UserContent.Contains("For your information", StringComparison.Ordinal)
            ? FakeChatReply.Text("""{"category":"fyi","confidence":"high","reasoning":"a notice","detected_language":"en","resolved_style":"business"}""")
            : answer(request);
        await harness.DraftedAsync(inbound);
        await harness.WaitForLabelAsync(earlier.Id, AssistantLabels.Fyi);

        await harness.UserClient().ModifyThreadAsync(inbound.ThreadId, [await harness.LabelIdAsync(AssistantLabels.Done)]);
        await harness.PushAsync();
        await ListenerHarness.EventuallyAsync(() => harness.Gmail.GetThread(harness.Mailbox, inbound.ThreadId).All(m => !m.LabelIds.Contains("INBOX")),
            "the thread to leave the inbox");

        var names = harness.Gmail.GetLabels(harness.Mailbox).ToDictionary(l => l.Id, l => l.Name);
        foreach (var id in new[] { inbound.Id, earlier.Id })
        {
            var labels = harness.Gmail.GetMessage(harness.Mailbox, id)!.LabelIds.Select(l => names.GetValueOrDefault(l, l)).ToList();
            Assert.Contains(AssistantLabels.Done, labels);
            Assert.DoesNotContain("INBOX", labels);
            Assert.DoesNotContain(labels, l => AssistantLabels.Clearable.Contains(l));
        }
    }

    [Fact]
    public async Task Sending_the_draft_is_detected_and_Outbox_comes_off()
    {
        await using var harness = await DraftingHost.StartAsync(azurite);
        var inbound = harness.SeedInbound(Subject);
        var draft = await harness.DraftedAsync(inbound);

        var sent = harness.Gmail.SendDraft(harness.Mailbox, draft.DraftId);
        await harness.PushAsync();
        await ListenerHarness.EventuallyAsync(async () => (await harness.Emails.GetAsync(harness.Mailbox, inbound.Id))!.Status == EmailStatus.Sent,
            "the draft to be detected as sent");

        Assert.Empty(harness.DraftsIn(inbound.ThreadId));
        Assert.Contains("SENT", harness.Gmail.GetMessage(harness.Mailbox, sent.Id)!.LabelIds);
        Assert.DoesNotContain(AssistantLabels.Outbox, harness.LabelsOn(inbound.ThreadId));
    }

    private static Task WaitForReworksAsync(AssistantHarness harness, Fakes.Gmail.FakeGmailMessageView inbound, int count) =>
        ListenerHarness.EventuallyAsync(async () => (await harness.Emails.GetAsync(harness.Mailbox, inbound.Id))!.ReworkCount == count
            && !harness.LabelsOn(inbound.ThreadId).Contains(AssistantLabels.Rework), $"rework {count}");

    private void Report(AssistantHarness harness, string scenario, long units, int llmCalls, int tables, int sends, int receives)
    {
        var requests = harness.Llm.Requests.Skip(llmCalls).ToList();
        // The fake counts prompt tokens as characters / 4, as it reports them to the client.
        var promptTokens = requests.Sum(r => Math.Max(1, r.Messages.Sum(m => m.Content.Length) / 4));
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{scenario}: llm_calls={requests.Count}; prompt_tokens={promptTokens}; gmail_quota_units={harness.Gmail.QuotaUnits(harness.Mailbox) - units}; " +
            $"table_requests={harness.Storage.TableRequests(harness.TablePrefix) - tables}; queue_sends={harness.Storage.QueueSends(harness.QueuePrefix) - sends}; " +
            $"queue_receives_and_deletes={harness.Storage.QueueReceivesAndDeletes(harness.QueuePrefix) - receives}");
        output.WriteLine(line);
        BenchmarkFigures.Record(scenario, harness.Gmail.QuotaUnits(harness.Mailbox) - units, requests.Count,
            requests.Sum(r => r.Messages.Sum(m => m.Content.Length)), harness.Storage.TableRequests(harness.TablePrefix) - tables,
            harness.Storage.QueueSends(harness.QueuePrefix) - sends, harness.Storage.QueueReceivesAndDeletes(harness.QueuePrefix) - receives);
    }
}

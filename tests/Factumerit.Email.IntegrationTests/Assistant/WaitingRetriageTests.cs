using Factumerit.Email.Assistant;
using Factumerit.Email.Functions.Functions.Assistant.Lifecycle;
using Factumerit.Email.IntegrationTests.Hosting.Standalone;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Assistant.Audit;

namespace Factumerit.Email.IntegrationTests.Assistant;

/// <summary>
/// Waiting retriage across both halves of the assistant: sync sends the new message on a Waiting thread to the
/// drafting side's retriage worker, which calls back into classification through <see cref="IReclassifier"/>.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class WaitingRetriageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_reply_on_a_waiting_thread_is_retriaged_and_classified_and_the_waiting_label_comes_off()
    {
        await using var harness = await AssistantHarness.StartAsync(azurite, alsoRunning: [RetriageFunction.Name]);
        await harness.ConnectAsync();
        harness.AnswerWith(Categories.NeedsResponse);
        var inbound = harness.SeedInbound("Can you send the Q3 numbers?");
        await harness.PushAsync();
        await harness.WaitForClassificationAsync(inbound.Id);
        var reply = harness.Gmail.SeedMessage(harness.Mailbox, harness.Mailbox, "alice@client.example", "Re: Can you send the Q3 numbers?",
            "Attached.", labels: ["SENT"], threadId: inbound.ThreadId);
        await harness.PushAsync();
        await harness.WaitForLabelAsync(inbound.Id, AssistantLabels.Waiting);
        await harness.WaitForClassificationAsync(reply.Id);
        harness.AnswerWith(Categories.Fyi);

        var answer = harness.Gmail.SeedMessage(harness.Mailbox, "Alice Client <alice@client.example>", harness.Mailbox,
            "Re: Can you send the Q3 numbers?", "Got them, thanks!", threadId: inbound.ThreadId);
        await harness.PushAsync();

        var record = await harness.WaitForClassificationAsync(answer.Id);
        Assert.Equal(Categories.Fyi, record.Category);
        var waiting = await harness.LabelIdAsync(AssistantLabels.Waiting);
        await ListenerHarness.EventuallyAsync(() => !harness.Gmail.GetMessage(harness.Mailbox, answer.Id)!.LabelIds.Contains(waiting),
            "the Waiting label to come off");
        Assert.Contains(await harness.LabelIdAsync(AssistantLabels.Fyi), harness.Gmail.GetMessage(harness.Mailbox, answer.Id)!.LabelIds);
        await ListenerHarness.EventuallyAsync(async () => (await AssistantTableDump.ReadAllAsync(azurite, harness.TablePrefix + "AssistantEvents"))
            .Any(r => r.Contains(AssistantEventTypes.WaitingRetriaged, StringComparison.Ordinal)), "the waiting_retriaged event");
        Assert.Equal(2, harness.Llm.Requests.Count);
    }
}

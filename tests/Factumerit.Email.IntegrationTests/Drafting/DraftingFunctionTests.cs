using System.Text.Json;
using Factumerit.Email.Assistant;
using Factumerit.Email.Functions.Functions.Assistant.Drafting;
using Factumerit.Email.Functions.Functions.Assistant.Lifecycle;
using Factumerit.Email.IntegrationTests.Drafting.Support;
using Factumerit.Email.IntegrationTests.Infrastructure;

namespace Factumerit.Email.IntegrationTests.Drafting;

[Collection(AzuriteCollection.Name)]
public sealed class DraftingFunctionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_draft_and_done_functions_read_their_queue_messages_and_act_on_the_mailbox()
    {
        await using var harness = await DraftingHarness.StartAsync(azurite);
        var email = await harness.SeedEmailAsync("Quote", "Could you send a quote?");

        await harness.RunFunctionAsync(DraftFunction.Name, $$"""{"mailbox":"{{harness.Mailbox}}","messageId":"{{email.Id}}"}""");
        await harness.RunFunctionAsync(DoneFunction.Name, $$"""{"Mailbox":"{{harness.Mailbox}}","ThreadId":"{{email.ThreadId}}"}""");

        Assert.Single(harness.DraftsIn(email.ThreadId));
        Assert.Equal(EmailStatus.Archived, (await harness.RecordAsync(email.Id)).Status);
        Assert.DoesNotContain(AssistantLabels.Outbox, harness.LabelsOn(email.ThreadId));
    }

    [Fact]
    public async Task A_message_that_is_not_the_expected_record_fails_the_invocation_so_the_queue_retries_it()
    {
        await using var harness = await DraftingHarness.StartAsync(azurite);

        await Assert.ThrowsAsync<JsonException>(() => harness.RunFunctionAsync(ReworkFunction.Name, "null"));
        await Assert.ThrowsAsync<JsonException>(() => harness.RunFunctionAsync(SentCheckFunction.Name, "{not json"));
    }
}

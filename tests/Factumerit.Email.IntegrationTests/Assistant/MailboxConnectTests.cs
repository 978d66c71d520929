using Factumerit.Email.Assistant;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Factumerit.Email.IntegrationTests.Assistant;

[Collection(AzuriteCollection.Name)]
public sealed class MailboxConnectTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Connecting_creates_the_AI_labels_reusing_an_existing_one_stores_the_history_id_and_starts_the_watch()
    {
        await using var harness = await AssistantHarness.StartAsync(azurite);
        var existingFyi = harness.Gmail.SeedLabel(harness.Mailbox, AssistantLabels.Fyi);
        var historyAtConnect = harness.Gmail.CurrentHistoryId(harness.Mailbox);

        var mailbox = await harness.ConnectAsync();

        var labels = harness.Gmail.GetLabels(harness.Mailbox).Where(l => l.Type == "user").ToList();
        Assert.All(AssistantLabels.All, name => Assert.Single(labels, l => l.Name == name));
        Assert.Single(labels, l => l.Name == AssistantLabels.Parent);
        Assert.Equal(existingFyi, mailbox.LabelId(AssistantLabels.Fyi));
        Assert.All(AssistantLabels.All, name => Assert.Equal(labels.Single(l => l.Name == name).Id, mailbox.LabelId(name)));

        var stored = await harness.Mailboxes.GetAsync(harness.Mailbox);
        Assert.NotNull(stored);
        Assert.Equal(historyAtConnect, stored.HistoryId);
        Assert.Equal(AssistantHarness.RefreshTokenSetting, stored.Credential.RefreshTokenSetting);
        var watch = harness.Gmail.GetWatch(harness.Mailbox);
        Assert.NotNull(watch);
        Assert.Equal(AssistantHarness.PushTopic, watch.TopicName);
        Assert.Equal(watch.Expiration.ToUnixTimeMilliseconds(), stored.WatchExpiresAt?.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task The_mailbox_row_holds_setting_names_and_never_the_secrets()
    {
        await using var harness = await AssistantHarness.StartAsync(azurite);
        await harness.ConnectAsync();

        var rows = await AssistantTableDump.ReadAllAsync(azurite, harness.TablePrefix + "Mailboxes");

        var text = string.Join("\n", rows);
        Assert.Contains(AssistantHarness.RefreshTokenSetting, text, StringComparison.Ordinal);
        Assert.DoesNotContain(AssistantHarness.ClientSecret, text, StringComparison.Ordinal);
        Assert.DoesNotContain("1//fake-", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removing_a_mailbox_stops_its_watch_and_deletes_the_record()
    {
        await using var harness = await AssistantHarness.StartAsync(azurite);
        await harness.ConnectAsync();

        var removed = await harness.Services.GetRequiredService<Factumerit.Email.Assistant.Mailboxes.MailboxConnector>()
            .DisconnectAsync(harness.Mailbox);

        Assert.True(removed);
        Assert.Null(await harness.Mailboxes.GetAsync(harness.Mailbox));
        Assert.Null(harness.Gmail.GetWatch(harness.Mailbox));
    }
}

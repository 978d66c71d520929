using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.Functions.Functions.Assistant;
using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Factumerit.Email.IntegrationTests.Assistant;

/// <summary>The poll fallback and the daily watch renewal, run as the timer trigger runs them.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TimerFunctionsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_daily_renewal_renews_watches_expiring_within_two_days_and_leaves_the_others()
    {
        await using var harness = await AssistantHarness.StartAsync(azurite);
        await harness.ConnectAsync();
        var soon = DateTimeOffset.UtcNow.AddDays(1);
        await harness.Mailboxes.UpdateAsync(harness.Mailbox, m => m with { WatchExpiresAt = soon });
        var watchCalls = harness.Gmail.Requests.Count(r => r.Operation == "watch");

        await RunTimerAsync(harness, AssistantFunctionNames.WatchRenewal);
        var renewed = (await harness.Mailboxes.GetAsync(harness.Mailbox))!.WatchExpiresAt;
        await RunTimerAsync(harness, AssistantFunctionNames.WatchRenewal);

        Assert.True(renewed > DateTimeOffset.UtcNow.AddDays(6), $"renewed until {renewed}");
        Assert.Equal(watchCalls + 1, harness.Gmail.Requests.Count(r => r.Operation == "watch"));
    }

    [Fact]
    public async Task The_poll_queues_one_sync_per_connected_mailbox()
    {
        await using var harness = await AssistantHarness.StartAsync(azurite, s => s["Assistant:SyncCoalesceWindow"] = "00:01:00");
        await harness.ConnectAsync();

        await RunTimerAsync(harness, AssistantFunctionNames.Poll);
        await RunTimerAsync(harness, AssistantFunctionNames.Poll);

        Assert.Equal(1, await harness.CountAsync(AssistantQueues.MailboxSync));
    }

    private static async Task RunTimerAsync(AssistantHarness harness, string name)
    {
        await using var scope = harness.Services.CreateAsyncScope();
        var function = scope.ServiceProvider.GetRequiredKeyedService<ITimerFunction>(name);
        await function.RunAsync(new TimerInvocation(name, DateTimeOffset.UtcNow, false), CancellationToken.None);
    }
}

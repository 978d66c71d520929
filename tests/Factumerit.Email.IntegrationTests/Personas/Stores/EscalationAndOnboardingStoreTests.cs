using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Personas.Handlers.Onboard;
using Factumerit.Email.Personas.Handlers.Support;

namespace Factumerit.Email.IntegrationTests.Personas.Stores;

[Collection(AzuriteCollection.Name)]
public sealed class EscalationAndOnboardingStoreTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task An_escalation_is_opened_once_and_leaves_the_open_list_when_picked_up()
    {
        await using var rig = new PersonaStoreRig(azurite);
        var store = rig.Get<IEscalationStore>();
        var at = rig.Clock.GetUtcNow();
        var record = new EscalationRecord("thread/1#a", "support", "customer_request", "help@factumerit.app", "Refund?", at);

        Assert.True(await store.OpenAsync(record));
        Assert.False(await store.OpenAsync(record with { ReasonCode = "max_turns" }));
        Assert.True(await store.OpenAsync(record with { ThreadKey = "thread-2", EscalatedAt = at.AddMinutes(-5) }));

        Assert.Equal(["thread-2", "thread/1#a"], await Keys(store));
        Assert.Equal("customer_request", (await store.GetAsync("thread/1#a"))!.ReasonCode);

        Assert.True(await store.MarkPickedUpAsync("thread/1#a", "cli", at.AddHours(1)));
        Assert.True(await store.MarkPickedUpAsync("thread/1#a", "api", at.AddHours(2)));
        Assert.False(await store.MarkPickedUpAsync("no-such-thread", "cli", at));

        var picked = await store.GetAsync("thread/1#a");
        Assert.Equal("cli", picked!.PickedUpBy);
        Assert.Equal(at.AddHours(1), picked.PickedUpAt);
        Assert.Equal(["thread-2"], await Keys(store));
    }

    [Fact]
    public async Task Onboarding_starts_once_and_the_first_stop_reason_sticks()
    {
        await using var rig = new PersonaStoreRig(azurite);
        var store = rig.Get<IOnboardingStore>();
        var at = rig.Clock.GetUtcNow();

        Assert.Null(await store.GetAsync("new@example.com"));
        Assert.True(await store.StartAsync(new OnboardingState("New@Example.com", "u1", at, "<first@x>")));
        Assert.False(await store.StartAsync(new OnboardingState("new@example.com", "u1", at, "<other@x>")));

        await store.StopAsync("new@example.com", "unsubscribed", at.AddDays(1));
        await store.StopAsync("new@example.com", "replied", at.AddDays(2));

        var state = await store.GetAsync("NEW@example.com");
        Assert.Equal("<first@x>", state!.FirstMessageId);
        Assert.False(state.IsActive);
        Assert.Equal("unsubscribed", state.StopReason);
        Assert.Equal(at.AddDays(1), state.StoppedAt);
    }

    private static async Task<List<string>> Keys(IEscalationStore store)
    {
        var keys = new List<string>();
        await foreach (var record in store.ListOpenAsync())
        {
            keys.Add(record.ThreadKey);
        }
        return keys;
    }
}

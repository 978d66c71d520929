using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Personas.Handlers.Digest;

namespace Factumerit.Email.IntegrationTests.Personas.Stores;

[Collection(AzuriteCollection.Name)]
public sealed class DigestSubscriptionStoreTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Only_the_first_of_two_racing_runs_marks_the_day_sent()
    {
        await using var rig = new PersonaStoreRig(azurite);
        var store = rig.Get<IDigestSubscriptionStore>();
        var saved = await store.SaveAsync(new DigestSubscription("ana@example.com", "digest@factumerit.app", 7, "Europe/Paris", true));
        var day = new DateOnly(2026, 6, 1);

        var first = await store.TryMarkSentAsync(saved, day);
        var second = await store.TryMarkSentAsync(saved, day);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(day, (await store.GetAsync("ana@example.com"))!.LastSentLocalDate);
    }

    [Fact]
    public async Task Changing_settings_keeps_the_last_sent_date_and_unsubscribed_ones_are_not_listed()
    {
        await using var rig = new PersonaStoreRig(azurite);
        var store = rig.Get<IDigestSubscriptionStore>();
        var ana = await store.SaveAsync(new DigestSubscription("ana@example.com", "digest@factumerit.app", 7, "Europe/Paris", true));
        await store.SaveAsync(new DigestSubscription("bo@example.com", "digest@factumerit.app", 9, "UTC", true));
        await store.TryMarkSentAsync(ana, new DateOnly(2026, 6, 1));

        var moved = await store.SaveAsync(ana with { Hour = 18, TimeZone = "America/New_York" });
        await store.SaveAsync(new DigestSubscription("bo@example.com", "digest@factumerit.app", 9, "UTC", false));

        Assert.Equal(18, moved.Hour);
        Assert.Equal("America/New_York", moved.TimeZone);
        Assert.Equal(new DateOnly(2026, 6, 1), moved.LastSentLocalDate);
        var active = new List<string>();
        await foreach (var subscription in store.ListActiveAsync())
        {
            active.Add(subscription.Email);
        }
        Assert.Equal(["ana@example.com"], active);
    }
}

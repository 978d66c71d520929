using System.Globalization;
using System.Net;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Recruiting.Pipeline;
using Factumerit.Email.Users;
using static Factumerit.Email.IntegrationTests.Digest.DigestWorld;

namespace Factumerit.Email.IntegrationTests.Digest;

/// <summary>The daily digest through the host: real stores on Azurite, the hourly timer, the Resend fake and the link endpoint.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DigestEndToEndTests(AzuriteFixture azurite)
{
    private const string Fay = "fay@example.test";
    private const string Gus = "gus@example.test";
    private const string Hal = "hal@example.test";
    private const string Prague = "Europe/Prague";
    private const string NewYork = "America/New_York";
    private const string Hostile = "<script>alert(1)</script> Contract & terms";

    [Fact]
    public async Task A_subscriber_gets_one_digest_a_day_with_every_section_across_the_prague_spring_forward()
    {
        await using var world = await StartAsync(azurite, Fay);
        world.Clock.Set(At("2026-03-27T22:30:00Z"));
        await SubscribeAsync(world, Fay, Prague, 2);
        await SubscribeAsync(world, Gus, Prague, 2);
        await SeedGmailAsync(world, Fay, Hostile);
        await SeedRecruitingAsync(world, Fay);

        // Hourly at :05 from 28 March to 30 March; 29 March has no 02:xx in Prague.
        await RunHourlyAsync(world, At("2026-03-27T23:05:00Z"), At("2026-03-31T00:00:00Z"));
        await world.WaitForMailAsync(Fay, 6, "three digests");
        await world.WaitForOutboxAsync();

        var digests = Digests(world, Fay);
        Assert.Equal(["2026-03-28", "2026-03-29", "2026-03-30"], digests.Select(d => d.IdempotencyKey![$"digest:{Fay}:".Length..]));
        var first = digests[0];
        Assert.Contains("Persona mailboxes", first.Text, StringComparison.Ordinal);
        Assert.Contains("Messages handled: 6", first.Text, StringComparison.Ordinal);
        Assert.Contains("Needs a response: 1", first.Text, StringComparison.Ordinal);
        Assert.Contains("In the Review queue: 1", first.Text, StringComparison.Ordinal);
        Assert.Contains("New stage signals: 1", first.Text, StringComparison.Ordinal);
        Assert.Contains("New leads: 1", first.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", first.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Contract &amp; terms", first.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Recruiting", digests[2].Text, StringComparison.Ordinal);
        Assert.Contains("Needs a response: 1", digests[2].Text, StringComparison.Ordinal);
        Assert.Empty(Digests(world, Gus));
    }

    [Fact]
    public async Task The_prague_fall_back_and_the_new_york_spring_forward_each_give_one_digest_that_day()
    {
        await using var world = await StartAsync(azurite, Fay);

        // New York, Sunday 8 March 2026: 02:00 EST becomes 03:00 EDT, so a 02:00 digest has no hour of its own.
        world.Clock.Set(At("2026-03-08T04:30:00Z"));
        await SubscribeAsync(world, Hal, NewYork, 2);
        await SeedGmailAsync(world, Hal, "Contract & terms");
        await RunHourlyAsync(world, At("2026-03-08T05:05:00Z"), At("2026-03-09T05:00:00Z"));
        await SendAsync(world, ToDigest(Hal, "unsubscribe"));

        // Prague, Sunday 25 October 2026: 03:00 CEST becomes 02:00 CET, so 02:xx comes twice.
        world.Clock.Set(At("2026-10-23T21:30:00Z"));
        await SubscribeAsync(world, Fay, Prague, 2);
        await SeedGmailAsync(world, Fay, "Contract & terms");
        await RunHourlyAsync(world, At("2026-10-23T22:05:00Z"), At("2026-10-27T00:00:00Z"));

        Assert.Equal([("2026-03-08", 3)], await QueuedDigestsAsync(world, Hal, NewYork));
        Assert.Equal([("2026-10-24", 2), ("2026-10-25", 2), ("2026-10-26", 2)], await QueuedDigestsAsync(world, Fay, Prague));
        await world.WaitForOutboxAsync();
        Assert.Equal(4, Digests(world, Fay).Count + Digests(world, Hal).Count);
    }

    [Fact]
    public async Task A_link_shows_a_page_on_get_acts_on_post_and_refuses_a_tampered_token()
    {
        await using var world = await StartAsync(azurite, Fay);
        world.Clock.Set(At("2026-06-01T05:30:00Z"));
        await world.Driver.Service<IUserDirectory>().EnsureAsync(Fay, null, "operator");
        var signalId = await SeedRecruitingAsync(world, Fay);
        await SendAsync(world, ToDigest(Fay, "subscribe"));
        await SendAsync(world, ToDigest(Fay, "send now"));
        await world.WaitForMailAsync(Fay, 2, "the digest");
        var dismiss = Link(Digests(world, Fay).Single().Text!, "Dismiss");
        var store = world.Driver.Service<IRecruitingStore>();
        var http = world.Driver.Http;

        var page = await http.GetAsync(dismiss.PathAndQuery);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("method=\"post\"", html, StringComparison.Ordinal);
        Assert.False((await store.FindMessageAsync(signalId))!.SuggestionDismissed);

        var token = TokenOf(dismiss);
        var tampered = await http.PostAsync(dismiss.AbsolutePath, Form(token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1]));
        Assert.Equal(HttpStatusCode.Forbidden, tampered.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync(dismiss.AbsolutePath + "?token=x" + Uri.EscapeDataString(token))).StatusCode);
        Assert.False((await store.FindMessageAsync(signalId))!.SuggestionDismissed);

        var done = await http.PostAsync(dismiss.AbsolutePath, Form(token));
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.True((await store.FindMessageAsync(signalId))!.SuggestionDismissed);
    }

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);
}

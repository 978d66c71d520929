using System.Globalization;
using Factumerit.Email.Personas.Handlers.Digest;
using Factumerit.Email.Tests.PersonaHandlers.Doubles;
using Factumerit.Email.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Factumerit.Email.Tests.PersonaHandlers.Digest;

public sealed class DigestRunnerTests
{
    private static readonly PersonaActivity Busy = new([new PersonaActivityLine("support", 4, 1), new PersonaActivityLine("eis", 2, 0)], 1);

    private readonly InMemoryDigestSubscriptions _subscriptions = new();
    private readonly RecordingOutbox _outbox = new();
    private readonly FixedActivity _activity = new(Busy);

    [Fact]
    public async Task Sends_at_the_subscribers_local_hour_once_even_when_the_timer_runs_twice()
    {
        await Subscribe("ana@example.com", 7, "Europe/Paris");
        var clock = new FakeTimeProvider(At("2026-06-01T04:05:00Z")); // 06:05 in Paris

        Assert.Equal(0, (await Runner(clock).RunAsync()).Sent);
        clock.SetUtcNow(At("2026-06-01T05:05:00Z")); // 07:05 in Paris
        var first = await Runner(clock).RunAsync();
        var second = await Runner(clock).RunAsync();
        clock.SetUtcNow(At("2026-06-01T06:05:00Z"));
        var later = await Runner(clock).RunAsync();

        Assert.Equal(1, first.Sent);
        Assert.Equal(0, second.Due + later.Due);
        var (key, mail) = Assert.Single(_outbox.Sent);
        Assert.Equal("digest:ana@example.com:2026-06-01", key);
        Assert.Equal(["ana@example.com"], mail.To);
        Assert.Equal("digest@factumerit.app", mail.From);
        Assert.Contains("Messages handled: 6", mail.Text, StringComparison.Ordinal);
        Assert.Contains("support: 4 handled, 1 escalated", mail.Text, StringComparison.Ordinal);
        Assert.Equal((At("2026-05-31T05:05:00Z"), At("2026-06-01T05:05:00Z")), _activity.Asked[^1]);
    }

    [Fact]
    public async Task Two_runs_racing_on_the_same_snapshot_queue_one_mail()
    {
        await Subscribe("ana@example.com", 7, "Europe/Paris");
        var clock = new FakeTimeProvider(At("2026-06-01T05:05:00Z"));

        await Task.WhenAll(Runner(clock).RunAsync(), Runner(clock).RunAsync());

        Assert.Single(_outbox.Sent);
    }

    [Fact]
    public async Task The_next_local_day_gets_the_next_digest()
    {
        await Subscribe("bo@example.com", 9, "America/New_York");
        var clock = new FakeTimeProvider(At("2026-06-01T13:05:00Z")); // 09:05 EDT

        await Runner(clock).RunAsync();
        clock.SetUtcNow(At("2026-06-02T13:05:00Z"));
        await Runner(clock).RunAsync();

        Assert.Equal(["digest:bo@example.com:2026-06-01", "digest:bo@example.com:2026-06-02"], _outbox.Sent.Select(s => s.Key));
    }

    [Fact]
    public async Task An_hour_skipped_by_spring_forward_is_caught_up_in_the_next_run()
    {
        // New York skips 02:00-03:00 on Sunday 8 March 2026; the 07:05Z run is 03:05 EDT.
        await Subscribe("bo@example.com", 2, "America/New_York");
        var clock = new FakeTimeProvider(At("2026-03-08T06:05:00Z")); // 01:05 EST

        Assert.Equal(0, (await Runner(clock).RunAsync()).Due);
        clock.SetUtcNow(At("2026-03-08T07:05:00Z"));
        Assert.Equal(1, (await Runner(clock).RunAsync()).Sent);
    }

    [Fact]
    public async Task The_hour_repeated_at_fall_back_sends_once()
    {
        // New York repeats 01:00-02:00 on Sunday 1 November 2026: 05:05Z and 06:05Z are both 01:05 local.
        await Subscribe("bo@example.com", 1, "America/New_York");
        var clock = new FakeTimeProvider(At("2026-11-01T05:05:00Z"));

        await Runner(clock).RunAsync();
        clock.SetUtcNow(At("2026-11-01T06:05:00Z"));
        await Runner(clock).RunAsync();

        Assert.Single(_outbox.Sent);
    }

    [Fact]
    public async Task A_quiet_day_sends_nothing_and_is_not_retried_later_that_day()
    {
        await Subscribe("ana@example.com", 7, "UTC");
        _activity.Activity = PersonaActivity.None;
        var clock = new FakeTimeProvider(At("2026-06-01T07:05:00Z"));

        var quiet = await Runner(clock).RunAsync();
        _activity.Activity = Busy;
        clock.SetUtcNow(At("2026-06-01T08:05:00Z"));
        var later = await Runner(clock).RunAsync();

        Assert.Equal(new DigestRunResult(1, 0, 1), quiet);
        Assert.Equal(0, later.Due);
        Assert.Empty(_outbox.Sent);
    }

    [Fact]
    public async Task Unsubscribed_addresses_get_nothing()
    {
        await _subscriptions.SaveAsync(new DigestSubscription("ana@example.com", "digest@factumerit.app", 7, "UTC", Active: false));

        var result = await Runner(new FakeTimeProvider(At("2026-06-01T07:05:00Z"))).RunAsync();

        Assert.Equal(0, result.Due);
    }

    private Task Subscribe(string email, int hour, string zone) =>
        _subscriptions.SaveAsync(new DigestSubscription(email, "digest@factumerit.app", hour, zone, Active: true));

    private DigestRunner Runner(TimeProvider clock) =>
        new(_subscriptions, Factumerit.Email.Tests.Digest.Composers.ForActivity(_activity, clock), _outbox, clock, NullLogger<DigestRunner>.Instance);

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);
}

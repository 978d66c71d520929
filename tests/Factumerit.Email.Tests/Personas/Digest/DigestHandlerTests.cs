using System.Globalization;
using Factumerit.Email.Personas;
using Factumerit.Email.Personas.Handlers;
using Factumerit.Email.Personas.Handlers.Digest;
using Factumerit.Email.Tests.PersonaHandlers.Doubles;
using Factumerit.Email.Tests.Support;

namespace Factumerit.Email.Tests.PersonaHandlers.Digest;

public sealed class DigestHandlerTests
{
    private static readonly SenderUser Ana = new("u1", "Ana", "Europe/Paris");

    private readonly InMemoryDigestSubscriptions _subscriptions = new();
    private readonly RecordingOutbox _outbox = new();
    private readonly FixedActivity _activity = new(new PersonaActivity([new PersonaActivityLine("support", 3, 0)], 0));
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-06-01T10:00:00Z", CultureInfo.InvariantCulture));

    [Fact]
    public async Task Unknown_senders_are_told_how_to_register()
    {
        var result = await Handle("subscribe", known: false);

        Assert.Contains("don't recognize your email", result.ResponseText, StringComparison.Ordinal);
        Assert.Contains("onboard@factumerit.app", result.ResponseText, StringComparison.Ordinal);
        Assert.Null(await _subscriptions.GetAsync("ana@example.com"));
    }

    [Fact]
    public async Task Subscribe_uses_the_users_zone_and_the_default_hour_then_time_and_timezone_change_them()
    {
        var subscribed = await Handle("Subscribe");
        await Handle("time 7pm");
        var zone = await Handle("timezone America/New_York");

        var stored = await _subscriptions.GetAsync("ana@example.com");
        Assert.Contains("08:00, Europe/Paris", subscribed.ResponseText, StringComparison.Ordinal);
        Assert.Equal(19, stored!.Hour);
        Assert.Equal("America/New_York", stored.TimeZone);
        Assert.True(stored.Active);
        Assert.Equal("digest@factumerit.app", stored.PersonaAddress);
        Assert.Contains("19:00, America/New_York", zone.ResponseText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("time 7:30", "on the hour")]
    [InlineData("time 25:00", "not a time of day")]
    [InlineData("timezone Mars/Olympus", "not a time zone")]
    public async Task Invalid_settings_are_refused_with_a_reason(string command, string reason)
    {
        var result = await Handle(command);

        Assert.Contains(reason, result.ResponseText, StringComparison.Ordinal);
        Assert.Null(await _subscriptions.GetAsync("ana@example.com"));
    }

    [Fact]
    public async Task Unsubscribe_stops_the_digest()
    {
        await Handle("subscribe");

        await Handle("unsubscribe");

        Assert.False((await _subscriptions.GetAsync("ana@example.com"))!.Active);
    }

    [Fact]
    public async Task Send_now_queues_the_digest_once_per_message_and_sends_no_extra_reply()
    {
        var first = await Handle("send now");
        await Handle("send now");

        Assert.False(first.ShouldRespond);
        var (key, mail) = Assert.Single(_outbox.Sent);
        Assert.Equal("digest:now:<m1@example.com>", key);
        Assert.Contains("Messages handled: 3", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_now_on_a_quiet_day_says_there_is_nothing_to_report()
    {
        _activity.Activity = PersonaActivity.None;

        var result = await Handle("send now");

        Assert.Contains("Nothing to report", result.ResponseText, StringComparison.Ordinal);
        Assert.Empty(_outbox.Sent);
    }

    [Fact]
    public async Task Anything_else_gets_the_command_list()
    {
        var result = await Handle("what is this?");

        Assert.Contains("subscribe", result.ResponseText, StringComparison.Ordinal);
        Assert.Contains("timezone Europe/Paris", result.ResponseText, StringComparison.Ordinal);
    }

    private Task<HandlerResult> Handle(string text, bool known = true) =>
        new DigestHandler(_subscriptions, Factumerit.Email.Tests.Digest.Composers.ForActivity(_activity, _clock), _outbox, _clock)
            .HandleAsync(Contexts.For("digest", text, user: known ? Ana : null), CancellationToken.None);
}

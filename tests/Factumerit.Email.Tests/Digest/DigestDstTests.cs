using System.Globalization;
using Factumerit.Email.Personas.Handlers.Digest;
using Factumerit.Email.Tests.PersonaHandlers.Doubles;
using Factumerit.Email.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Factumerit.Email.Tests.Digest;

/// <summary>Prague's DST changes, with the hourly timer run at :05 every hour through the days around them.</summary>
public sealed class DigestDstTests
{
    private readonly InMemoryDigestSubscriptions _subscriptions = new();
    private readonly RecordingOutbox _outbox = new();
    private readonly FixedActivity _activity = new(new PersonaActivity([new PersonaActivityLine("support", 1, 0)], 0));

    [Theory]
    [InlineData(2)] // 02:xx does not exist on 29 March 2026
    [InlineData(3)]
    [InlineData(7)]
    public async Task Spring_forward_day_still_gets_exactly_one_digest(int hour)
    {
        var sent = await RunHourlyAsync(hour, "2026-03-27T23:05:00Z", "2026-03-31T00:00:00Z");

        Assert.Equal(["2026-03-28", "2026-03-29", "2026-03-30"], sent.Select(s => s.Date));
        Assert.All(sent, s => Assert.InRange(s.LocalHour, hour, hour + 1));
    }

    [Theory]
    [InlineData(2)] // 02:xx happens twice on 25 October 2026
    [InlineData(1)]
    [InlineData(7)]
    public async Task Fall_back_day_gets_one_digest_not_two(int hour)
    {
        var sent = await RunHourlyAsync(hour, "2026-10-23T22:05:00Z", "2026-10-27T00:00:00Z");

        Assert.Equal(["2026-10-24", "2026-10-25", "2026-10-26"], sent.Select(s => s.Date));
        Assert.All(sent, s => Assert.Equal(hour, s.LocalHour));
    }

    private async Task<List<(string Date, int LocalHour)>> RunHourlyAsync(int hour, string start, string end)
    {
        await _subscriptions.SaveAsync(new DigestSubscription("ana@example.com", "digest@factumerit.app", hour, "Europe/Prague", Active: true));
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Prague");
        var clock = new FakeTimeProvider(At(start));
        var sent = new List<(string, int)>();
        for (; clock.GetUtcNow() < At(end); clock.Advance(TimeSpan.FromHours(1)))
        {
            var before = _outbox.Sent.Count;
            // Twice per hour: a redelivered or overlapping run must not add a mail.
            await Runner(clock).RunAsync();
            await Runner(clock).RunAsync();
            foreach (var (key, _) in _outbox.Sent.Skip(before))
            {
                sent.Add((key["digest:ana@example.com:".Length..], TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).Hour));
            }
        }
        return sent;
    }

    private DigestRunner Runner(TimeProvider clock) =>
        new(_subscriptions, Composers.ForActivity(_activity, clock), _outbox, clock, NullLogger<DigestRunner>.Instance);

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);
}

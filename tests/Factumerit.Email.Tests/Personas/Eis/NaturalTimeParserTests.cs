using System.Globalization;
using Factumerit.Email.Personas.Handlers;
using Factumerit.Email.Personas.Handlers.Eis;

namespace Factumerit.Email.Tests.PersonaHandlers.Eis;

public sealed class NaturalTimeParserTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    // Monday 1 June 2026, 10:00 in Paris (CEST, +02:00).
    private static readonly DateTimeOffset MondayMorning = Local("2026-06-01T10:00:00+02:00");

    [Theory]
    [InlineData("in 2 hours call Ana", "2026-06-01T12:00:00+02:00", "call Ana")]
    [InlineData("in two hours to call Ana", "2026-06-01T12:00:00+02:00", "call Ana")]
    [InlineData("in 30m stretch", "2026-06-01T10:30:00+02:00", "stretch")]
    [InlineData("in an hour tea", "2026-06-01T11:00:00+02:00", "tea")]
    [InlineData("in 3 days water the plants", "2026-06-04T10:00:00+02:00", "water the plants")]
    [InlineData("in 1 week review", "2026-06-08T10:00:00+02:00", "review")]
    [InlineData("tomorrow 9am standup", "2026-06-02T09:00:00+02:00", "standup")]
    [InlineData("tomorrow at 9:30 pm call", "2026-06-02T21:30:00+02:00", "call")]
    [InlineData("Tomorrow, buy milk", "2026-06-02T09:00:00+02:00", "buy milk")]
    [InlineData("tomorrow 3 things to buy", "2026-06-02T09:00:00+02:00", "3 things to buy")]
    [InlineData("today at 17:30 leave early", "2026-06-01T17:30:00+02:00", "leave early")]
    [InlineData("tonight take out the bins", "2026-06-01T20:00:00+02:00", "take out the bins")]
    [InlineData("at 17:30 leave", "2026-06-01T17:30:00+02:00", "leave")]
    [InlineData("at 9 check mail", "2026-06-02T09:00:00+02:00", "check mail")]
    [InlineData("noon lunch", "2026-06-01T12:00:00+02:00", "lunch")]
    [InlineData("on Friday pay rent", "2026-06-05T09:00:00+02:00", "pay rent")]
    [InlineData("fri 4pm demo", "2026-06-05T16:00:00+02:00", "demo")]
    [InlineData("on monday at 11:00 sync", "2026-06-01T11:00:00+02:00", "sync")]
    [InlineData("next monday 8:15 planning", "2026-06-08T08:15:00+02:00", "planning")]
    [InlineData("next friday report", "2026-06-05T09:00:00+02:00", "report")]
    [InlineData("2026-12-01 10:00 dentist", "2026-12-01T10:00:00+01:00", "dentist")]
    [InlineData("on 2026-12-01 renew passport", "2026-12-01T09:00:00+01:00", "renew passport")]
    [InlineData("at 6pm tomorrow gym", "2026-06-02T18:00:00+02:00", "gym")]
    public void Reads_the_time_in_the_senders_zone(string input, string expected, string text)
    {
        var result = NaturalTimeParser.Parse(input, Paris, MondayMorning);

        Assert.True(result.Succeeded, $"{input}: {result.Error}");
        Assert.Equal(Local(expected), result.DueAt.Value);
        Assert.Equal(Local(expected).Offset, result.DueAt.Value.Offset);
        Assert.Equal(text, result.Text);
    }

    [Fact]
    public void A_time_already_passed_today_means_tomorrow_but_today_at_it_is_in_the_past()
    {
        var evening = Local("2026-06-01T18:00:00+02:00");

        var bare = NaturalTimeParser.Parse("at 17:30 leave", Paris, evening);
        var today = NaturalTimeParser.Parse("today 5:30pm leave", Paris, evening);

        Assert.Equal(Local("2026-06-02T17:30:00+02:00"), bare.DueAt);
        Assert.Equal(NaturalTimeError.InPast, today.Error);
    }

    [Fact]
    public void The_same_weekday_later_today_is_today_and_once_passed_is_next_week()
    {
        var fridayEarly = Local("2026-06-05T08:00:00+02:00");
        var fridayLate = Local("2026-06-05T10:00:00+02:00");

        Assert.Equal(Local("2026-06-05T09:00:00+02:00"), NaturalTimeParser.Parse("on friday x", Paris, fridayEarly).DueAt);
        Assert.Equal(Local("2026-06-12T09:00:00+02:00"), NaturalTimeParser.Parse("on friday x", Paris, fridayLate).DueAt);
        Assert.Equal(Local("2026-06-12T09:00:00+02:00"), NaturalTimeParser.Parse("next friday x", Paris, fridayEarly).DueAt);
    }

    [Theory]
    [InlineData("whenever you like buy milk", NaturalTimeError.Unparseable)]
    [InlineData("", NaturalTimeError.Unparseable)]
    [InlineData("at 25:00 x", NaturalTimeError.Unparseable)]
    [InlineData("in 0 minutes x", NaturalTimeError.Unparseable)]
    [InlineData("2020-01-01 10:00 old", NaturalTimeError.InPast)]
    [InlineData("tomorrow", NaturalTimeError.MissingText)]
    [InlineData("in 2 hours to", NaturalTimeError.MissingText)]
    [InlineData("2031-01-01 far away", NaturalTimeError.TooFarAhead)]
    public void Refuses_what_it_cannot_use(string input, NaturalTimeError error)
    {
        Assert.Equal(error, NaturalTimeParser.Parse(input, Paris, MondayMorning).Error);
    }

    [Fact]
    public void A_time_skipped_by_spring_forward_moves_forward_by_the_gap()
    {
        // Paris springs forward on Sunday 29 March 2026 at 02:00 -> 03:00.
        var saturday = Local("2026-03-28T12:00:00+01:00");

        var result = NaturalTimeParser.Parse("tomorrow 2:30am feed the cat", Paris, saturday);

        Assert.Equal(Local("2026-03-29T03:30:00+02:00"), result.DueAt);
        Assert.Equal(TimeSpan.FromHours(2), result.DueAt!.Value.Offset);
    }

    [Fact]
    public void A_time_that_occurs_twice_at_fall_back_is_its_first_occurrence()
    {
        // Paris falls back on Sunday 25 October 2026 at 03:00 -> 02:00; 02:30 happens at 00:30Z and at 01:30Z.
        var saturday = Local("2026-10-24T12:00:00+02:00");

        var result = NaturalTimeParser.Parse("tomorrow 2:30am feed the cat", Paris, saturday);

        Assert.Equal(Local("2026-10-25T00:30:00+00:00"), result.DueAt);
    }

    [Fact]
    public void Days_keep_the_wall_clock_across_a_transition_while_hours_are_elapsed_time()
    {
        var saturdayNine = Local("2026-03-28T09:00:00+01:00");

        var oneDay = NaturalTimeParser.Parse("in 1 day x", Paris, saturdayNine);
        var hours = NaturalTimeParser.Parse("in 24 hours x", Paris, saturdayNine);

        Assert.Equal(Local("2026-03-29T09:00:00+02:00"), oneDay.DueAt);
        Assert.Equal(Local("2026-03-29T10:00:00+02:00"), hours.DueAt);
    }

    [Theory]
    [InlineData("America/New_York", "tomorrow 9am x", "2026-11-01T09:00:00-05:00")] // the day New York falls back
    [InlineData("Asia/Kolkata", "tomorrow 9am x", "2026-11-01T09:00:00+05:30")]
    [InlineData("UTC", "tomorrow 9am x", "2026-11-01T09:00:00+00:00")]
    [InlineData("Australia/Sydney", "tomorrow 9am x", "2026-11-01T09:00:00+11:00")]
    public void Other_zones_use_their_own_offsets(string zoneId, string input, string expected)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        // Saturday 31 October 2026 at 12:00 UTC: already Saturday evening in Sydney, morning in New York.
        var now = Local("2026-10-31T12:00:00+00:00");

        var result = NaturalTimeParser.Parse(input, zone, now);

        Assert.Equal(Local(expected), result.DueAt);
        Assert.Equal(Local(expected).Offset, result.DueAt!.Value.Offset);
    }

    [Fact]
    public void Unknown_zone_ids_are_reported_and_fall_back_to_utc()
    {
        Assert.False(LocalTimes.TryFindZone("Mars/Olympus_Mons", out _));
        Assert.True(LocalTimes.TryFindZone("Europe/Paris", out var paris));
        Assert.Equal(Paris.BaseUtcOffset, paris.BaseUtcOffset);
        Assert.Equal(TimeZoneInfo.Utc, LocalTimes.FindZoneOrUtc("nope"));
    }

    private static DateTimeOffset Local(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);
}

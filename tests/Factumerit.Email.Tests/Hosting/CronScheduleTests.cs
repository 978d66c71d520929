using Factumerit.Email.Functions.Hosting.Cron;

namespace Factumerit.Email.Tests.Hosting;

public sealed class CronScheduleTests
{
    private static DateTimeOffset Utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0) => new(y, mo, d, h, mi, s, TimeSpan.Zero);

    private static List<DateTimeOffset> Next(string expression, DateTimeOffset after, int count)
    {
        var schedule = CronSchedule.Parse(expression);
        var result = new List<DateTimeOffset>();
        for (var t = after; result.Count < count;)
        {
            t = schedule.GetNextOccurrence(t);
            result.Add(t);
        }
        return result;
    }

    [Fact]
    public void Every_five_seconds_fires_on_multiples_of_five()
    {
        Assert.Equal([Utc(2025, 3, 1, 10, 0, 5), Utc(2025, 3, 1, 10, 0, 10), Utc(2025, 3, 1, 10, 0, 15)],
            Next("*/5 * * * * *", Utc(2025, 3, 1, 10, 0, 3), 3));
    }

    [Fact]
    public void Next_occurrence_is_strictly_after_the_given_instant_and_ignores_fractions()
    {
        var schedule = CronSchedule.Parse("*/5 * * * * *");
        Assert.Equal(Utc(2025, 3, 1, 10, 0, 5), schedule.GetNextOccurrence(Utc(2025, 3, 1, 10, 0, 0)));
        Assert.Equal(Utc(2025, 3, 1, 10, 0, 5), schedule.GetNextOccurrence(Utc(2025, 3, 1, 10, 0, 0).AddMilliseconds(999)));
    }

    [Fact]
    public void Hourly_fires_on_the_hour_across_midnight()
    {
        Assert.Equal([Utc(2025, 12, 31, 23), Utc(2026, 1, 1, 0), Utc(2026, 1, 1, 1)],
            Next("0 0 * * * *", Utc(2025, 12, 31, 22, 0, 0), 3));
    }

    [Fact]
    public void Weekday_mornings_skip_the_weekend()
    {
        // 2025-03-07 is a Friday.
        Assert.Equal([Utc(2025, 3, 7, 9, 30), Utc(2025, 3, 10, 9, 30), Utc(2025, 3, 11, 9, 30)],
            Next("0 30 9 * * MON-FRI", Utc(2025, 3, 7, 9, 29, 59), 3));
    }

    [Fact]
    public void Input_offset_is_converted_to_utc()
    {
        var schedule = CronSchedule.Parse("0 0 12 * * *");
        var next = schedule.GetNextOccurrence(new DateTimeOffset(2025, 6, 1, 13, 30, 0, TimeSpan.FromHours(2)));
        Assert.Equal(Utc(2025, 6, 1, 12), next); // 13:30+02:00 is 11:30 UTC
        Assert.Equal(TimeSpan.Zero, next.Offset);
    }

    [Theory]
    [InlineData("0 0,15,45 * * * *", new[] { 0, 15, 45, 60 })]
    [InlineData("0 10-12 * * * *", new[] { 10, 11, 12, 70 })]
    [InlineData("0 10-30/10 * * * *", new[] { 10, 20, 30, 70 })]
    [InlineData("0 50/5 * * * *", new[] { 50, 55, 110, 115 })]
    [InlineData("0 1,20-22,*/30 * * * *", new[] { 0, 1, 20, 21 })]
    public void Lists_ranges_and_steps_select_minutes(string expression, int[] minutesFromMidnight)
    {
        var expected = minutesFromMidnight.Select(m => Utc(2025, 1, 1).AddMinutes(m)).ToList();
        Assert.Equal(expected, Next(expression, Utc(2024, 12, 31, 23, 59, 59), 4));
    }

    [Fact]
    public void Month_and_day_names_are_case_insensitive()
    {
        Assert.Equal([Utc(2025, 1, 5), Utc(2025, 1, 12)], Next("0 0 0 * jan Sun", Utc(2025, 1, 1), 2));
        Assert.Equal([Utc(2025, 12, 1)], Next("0 0 0 1 DEC *", Utc(2025, 1, 1), 1));
    }

    [Fact]
    public void Day_of_month_and_day_of_week_must_both_match_as_in_ncrontab()
    {
        // Friday the 13th only: 2025-06-13 and 2026-02-13 are the next ones after March 2025.
        Assert.Equal([Utc(2025, 6, 13), Utc(2026, 2, 13), Utc(2026, 3, 13)], Next("0 0 0 13 * FRI", Utc(2025, 3, 1), 3));
    }

    [Fact]
    public void The_31st_skips_short_months()
    {
        Assert.Equal([Utc(2025, 1, 31), Utc(2025, 3, 31), Utc(2025, 5, 31), Utc(2025, 7, 31)],
            Next("0 0 0 31 * *", Utc(2025, 1, 1), 4));
    }

    [Fact]
    public void Leap_day_fires_only_in_leap_years()
    {
        Assert.Equal([Utc(2028, 2, 29, 6), Utc(2032, 2, 29, 6)], Next("0 0 6 29 FEB *", Utc(2025, 1, 1), 2));
    }

    [Fact]
    public void Last_second_of_the_year_rolls_into_the_next()
    {
        Assert.Equal([Utc(2026, 1, 1)], Next("0 0 0 1 1 *", Utc(2025, 12, 31, 23, 59, 59), 1));
    }

    [Theory]
    [InlineData("* * * * *", "expected 6")]
    [InlineData("0 0 * * * * *", "expected 6")]
    [InlineData("60 * * * * *", "second field '60'")]
    [InlineData("0 */0 * * * *", "minute field '*/0'")]
    [InlineData("0 0 24 * * *", "hour field '24'")]
    [InlineData("0 0 0 0 * *", "day-of-month field '0'")]
    [InlineData("0 0 0 * 13 *", "month field '13'")]
    [InlineData("0 0 0 * FOO *", "month field 'FOO'")]
    [InlineData("0 0 0 * * 7", "day-of-week field '7'")]
    [InlineData("0 0 0 * * FRI-MON", "day-of-week field 'FRI-MON'")]
    [InlineData("0 0 0 * * MON,", "day-of-week field 'MON,'")]
    [InlineData("0 5-x * * * *", "minute field '5-x'")]
    [InlineData("0 0 0 30 FEB *", "day-of-month field '30'")]
    public void Invalid_expressions_name_the_field(string expression, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => CronSchedule.Parse(expression));
        Assert.Contains(expected, ex.Message);
    }
}

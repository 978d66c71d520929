namespace Factumerit.Email.Personas.Handlers.Eis;

/// <summary>
/// Reads the time at the start of a "remind me" request, in the sender's time zone:
/// <c>in 2 hours</c>, <c>in 3 days</c>, <c>tomorrow 9am</c>, <c>today at 17:30</c>, <c>tonight</c>, <c>on Friday</c>,
/// <c>next monday 8:15</c>, <c>at 17:30</c>, <c>noon</c>, <c>2026-12-01 10:00</c>, and the same with the time first.
/// </summary>
/// <remarks>
/// Rules, so that every answer is predictable: a day without a time means 09:00 (<c>tonight</c> 20:00); a time without
/// a day means its next occurrence; a weekday means the nearest one, today included while the time is still ahead, and
/// <c>next</c> skips today; minutes and hours are elapsed time, days and weeks keep the wall-clock time across DST.
/// </remarks>
public static class NaturalTimeParser
{
    public static readonly TimeOnly DefaultTime = new(9, 0);
    public static readonly TimeOnly EveningTime = new(20, 0);

    /// <summary>How far ahead a reminder may be set.</summary>
    public static readonly TimeSpan MaxAhead = TimeSpan.FromDays(2 * 366);

    private static readonly HashSet<string> Connectors = ["to", "that", "about", "-", ":", "—"];

    public static NaturalTimeResult Parse(string? input, TimeZoneInfo zone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(zone);
        input ??= string.Empty;
        var tokens = Tokenize(input);
        var reader = new TimeExpressionReader(tokens);
        if (!reader.TryRead(out var expression))
        {
            return NaturalTimeResult.Fail(NaturalTimeError.Unparseable);
        }

        var due = Resolve(expression, zone, now);
        var text = Remainder(input, tokens, reader.Position);
        if (due <= now)
        {
            return NaturalTimeResult.Fail(NaturalTimeError.InPast, due, text);
        }
        if (due - now > MaxAhead)
        {
            return NaturalTimeResult.Fail(NaturalTimeError.TooFarAhead, due, text);
        }
        return text.Length == 0
            ? NaturalTimeResult.Fail(NaturalTimeError.MissingText, due)
            : new NaturalTimeResult(due, text, null);
    }

    private static DateTimeOffset Resolve(TimeExpression expression, TimeZoneInfo zone, DateTimeOffset now)
    {
        var localNow = LocalTimes.ToLocal(now, zone);
        if (expression.RelativeAmount is { } amount)
        {
            return expression.RelativeUnit switch
            {
                RelativeUnit.Minutes => TimeZoneInfo.ConvertTime(now.AddMinutes(amount), zone),
                RelativeUnit.Hours => TimeZoneInfo.ConvertTime(now.AddHours(amount), zone),
                RelativeUnit.Days => LocalTimes.ToInstant(localNow.AddDays(amount), zone),
                _ => LocalTimes.ToInstant(localNow.AddDays(7 * amount), zone),
            };
        }

        var today = DateOnly.FromDateTime(localNow);
        var time = expression.Time ?? (expression.Day == DayKind.Tonight ? EveningTime : DefaultTime);
        DateTimeOffset At(DateOnly date) => LocalTimes.ToInstant(date.ToDateTime(time), zone);

        switch (expression.Day)
        {
            case null:
                return At(today) is var todayAt && todayAt > now ? todayAt : At(today.AddDays(1));
            case DayKind.Today or DayKind.Tonight:
                return At(today);
            case DayKind.Tomorrow:
                return At(today.AddDays(1));
            case DayKind.Date:
                return At(expression.Date);
            case DayKind.NextWeekday:
                var ahead = DaysUntil(today, expression.Weekday);
                return At(today.AddDays(ahead == 0 ? 7 : ahead));
            default:
                var candidate = At(today.AddDays(DaysUntil(today, expression.Weekday)));
                return candidate > now ? candidate : At(today.AddDays(DaysUntil(today, expression.Weekday) + 7));
        }
    }

    private static int DaysUntil(DateOnly from, DayOfWeek weekday) => ((int)weekday - (int)from.DayOfWeek + 7) % 7;

    private static string Remainder(string input, IReadOnlyList<TimeToken> tokens, int position)
    {
        while (position < tokens.Count && Connectors.Contains(tokens[position].Word))
        {
            position++;
        }
        return position < tokens.Count ? input[tokens[position].Start..].Trim() : string.Empty;
    }

    internal static List<TimeToken> Tokenize(string input)
    {
        var tokens = new List<TimeToken>();
        var i = 0;
        while (i < input.Length)
        {
            while (i < input.Length && char.IsWhiteSpace(input[i]))
            {
                i++;
            }
            var start = i;
            while (i < input.Length && !char.IsWhiteSpace(input[i]))
            {
                i++;
            }
            if (i > start)
            {
                tokens.Add(new TimeToken(Normalize(input[start..i]), start));
            }
        }
        return tokens;
    }

    private static string Normalize(string word)
    {
        var lower = word.ToLowerInvariant().Replace("a.m.", "am", StringComparison.Ordinal).Replace("p.m.", "pm", StringComparison.Ordinal);
        return lower.Length > 1 ? lower.TrimEnd(',', ';', ':', '!', '?', '.') is { Length: > 0 } trimmed ? trimmed : lower : lower;
    }
}

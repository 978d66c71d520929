using System.Globalization;
using System.Text.RegularExpressions;

namespace Factumerit.Email.Personas.Handlers.Eis;

/// <summary>Reads one time expression from the start of a token list; <see cref="Position"/> is where the rest begins.</summary>
internal sealed partial class TimeExpressionReader(IReadOnlyList<TimeToken> tokens)
{
    private static readonly string[] NumberWords =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    public int Position { get; private set; }

    public bool TryRead(out TimeExpression expression)
    {
        Position = 0;
        if (TryRelative(out expression))
        {
            return true;
        }

        var hasTime = TryTime(out var time);
        var hasDay = TryDay(out var day);
        if (hasDay && !hasTime)
        {
            hasTime = TryTime(out time);
        }
        expression = day with { Time = hasTime ? time : null };
        return hasTime || hasDay;
    }

    private string? Peek(int ahead = 0) => Position + ahead < tokens.Count ? tokens[Position + ahead].Word : null;

    private bool TryRelative(out TimeExpression expression)
    {
        expression = new TimeExpression();
        if (Peek() != "in")
        {
            return false;
        }
        if (Peek(1) is { } compact && CompactDuration().Match(compact) is { Success: true } match
            && int.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out var compactAmount)
            && TryUnit(match.Groups[2].Value, out var compactUnit))
        {
            Position += 2;
            expression = new TimeExpression { RelativeAmount = compactAmount, RelativeUnit = compactUnit };
            return compactAmount > 0;
        }
        if (TryAmount(Peek(1), out var amount) && TryUnit(Peek(2), out var unit))
        {
            Position += 3;
            expression = new TimeExpression { RelativeAmount = amount, RelativeUnit = unit };
            return amount > 0;
        }
        return false;
    }

    private static bool TryAmount(string? word, out int amount)
    {
        amount = 0;
        if (word is null)
        {
            return false;
        }
        if (word is "a" or "an")
        {
            amount = 1;
            return true;
        }
        var index = Array.IndexOf(NumberWords, word);
        if (index >= 0)
        {
            amount = index;
            return true;
        }
        return word.Length <= 5 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out amount);
    }

    private static bool TryUnit(string? word, out RelativeUnit unit)
    {
        unit = word switch
        {
            "m" or "min" or "mins" or "minute" or "minutes" => RelativeUnit.Minutes,
            "h" or "hr" or "hrs" or "hour" or "hours" => RelativeUnit.Hours,
            "d" or "day" or "days" => RelativeUnit.Days,
            "w" or "week" or "weeks" => RelativeUnit.Weeks,
            _ => (RelativeUnit)(-1),
        };
        return Enum.IsDefined(unit);
    }

    private bool TryDay(out TimeExpression day)
    {
        day = new TimeExpression();
        var start = Position;
        var word = Peek();
        switch (word)
        {
            case "today":
                day = day with { Day = DayKind.Today };
                Position++;
                return true;
            case "tonight":
                day = day with { Day = DayKind.Tonight };
                Position++;
                return true;
            case "tomorrow" or "tmrw":
                day = day with { Day = DayKind.Tomorrow };
                Position++;
                return true;
            case "next" when TryWeekday(Peek(1), out var next):
                day = day with { Day = DayKind.NextWeekday, Weekday = next };
                Position += 2;
                return true;
            case "on":
                Position++;
                break;
        }

        if (TryWeekday(Peek(), out var weekday))
        {
            day = day with { Day = DayKind.Weekday, Weekday = weekday };
            Position++;
            return true;
        }
        if (Peek() is { } text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            day = day with { Day = DayKind.Date, Date = date };
            Position++;
            return true;
        }
        Position = start;
        return false;
    }

    private static bool TryWeekday(string? word, out DayOfWeek weekday)
    {
        weekday = default;
        if (word is null || word.Length < 3)
        {
            return false;
        }
        foreach (var candidate in Enum.GetValues<DayOfWeek>())
        {
            var name = candidate.ToString().ToLowerInvariant();
            // "fri", "thurs", "friday" and "fridays"; three letters are enough to tell the days apart.
            if (name.StartsWith(word, StringComparison.Ordinal) || word == name + "s")
            {
                weekday = candidate;
                return true;
            }
        }
        return false;
    }

    private bool TryTime(out TimeOnly time)
    {
        time = default;
        var start = Position;
        var sawAt = Peek() == "at";
        if (sawAt)
        {
            Position++;
        }

        switch (Peek())
        {
            case "noon" or "midday":
                Position++;
                time = new TimeOnly(12, 0);
                return true;
            case "midnight":
                Position++;
                time = new TimeOnly(0, 0);
                return true;
        }

        if (Peek() is { } word && ClockTime().Match(word) is { Success: true } match)
        {
            var meridiem = match.Groups[3].Success ? match.Groups[3].Value : null;
            var consumed = 1;
            if (meridiem is null && Peek(1) is "am" or "pm")
            {
                meridiem = Peek(1);
                consumed = 2;
            }
            var hasMinutes = match.Groups[2].Success;
            // A bare number is a time only after "at": "tomorrow 3 things to buy" is not 03:00.
            if ((meridiem is not null || hasMinutes || sawAt)
                && TryClock(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
                    hasMinutes ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 0, meridiem, out time))
            {
                Position += consumed;
                return true;
            }
        }
        Position = start;
        return false;
    }

    private static bool TryClock(int hour, int minute, string? meridiem, out TimeOnly time)
    {
        time = default;
        if (minute > 59)
        {
            return false;
        }
        if (meridiem is not null)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }
            hour = hour % 12 + (meridiem == "pm" ? 12 : 0);
        }
        else if (hour > 23)
        {
            return false;
        }
        time = new TimeOnly(hour, minute);
        return true;
    }

    [GeneratedRegex("^(\\d{1,2})(?::(\\d{2}))?(am|pm)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();

    [GeneratedRegex("^(\\d{1,4})(m|min|mins|h|hr|hrs|d|w)$", RegexOptions.CultureInvariant)]
    private static partial Regex CompactDuration();
}

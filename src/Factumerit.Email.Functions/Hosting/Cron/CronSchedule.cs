namespace Factumerit.Email.Functions.Hosting.Cron;

/// <summary>
/// A 6-field NCRONTAB schedule (<c>second minute hour day-of-month month day-of-week</c>), the format of
/// <c>function.json</c> timer triggers, evaluated in UTC. Fields take <c>*</c>, numbers, lists, ranges, steps and the
/// names JAN-DEC and SUN-SAT. As in NCrontab, which the Functions host uses, a day must match both the
/// day-of-month and the day-of-week field, so both modes fire at the same instants.
/// </summary>
public sealed class CronSchedule
{
    private static readonly int[] MaxDaysInMonth = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    private readonly CronField[] _fields;

    private CronSchedule(string expression, CronField[] fields)
    {
        Expression = expression;
        _fields = fields;
    }

    public string Expression { get; }

    private CronField Seconds => _fields[0];
    private CronField Minutes => _fields[1];
    private CronField Hours => _fields[2];
    private CronField Days => _fields[3];
    private CronField Months => _fields[4];
    private CronField DaysOfWeek => _fields[5];

    /// <exception cref="FormatException">The expression is malformed; the message names the field.</exception>
    public static CronSchedule Parse(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var parts = expression.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != CronFieldKind.All.Count)
        {
            throw new FormatException(
                $"NCRONTAB expression '{expression}' has {parts.Length} fields; expected 6: second minute hour day-of-month month day-of-week.");
        }

        var fields = new CronField[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            fields[i] = CronField.Parse(parts[i], CronFieldKind.All[i]);
        }

        var schedule = new CronSchedule(expression, fields);
        if (!schedule.Days.Values.Any(day => schedule.Months.Values.Any(month => day <= MaxDaysInMonth[month])))
        {
            throw CronFieldKind.DayOfMonth.Error(parts[3], $"names no day that exists in month field '{parts[4]}'");
        }
        return schedule;
    }

    public static bool TryParse(string expression, out CronSchedule? schedule, out string? error)
    {
        try
        {
            schedule = Parse(expression);
            error = null;
            return true;
        }
        catch (FormatException ex)
        {
            schedule = null;
            error = ex.Message;
            return false;
        }
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>, in UTC.</summary>
    public DateTimeOffset GetNextOccurrence(DateTimeOffset after)
    {
        var utc = after.UtcDateTime;
        var t = new DateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, DateTimeKind.Utc).AddSeconds(1);
        // Feb 29 on a given weekday recurs within 28 years (40 across a skipped century leap year).
        var limit = t.Year + 50;

        while (t.Year <= limit)
        {
            if (!Months.Contains(t.Month))
            {
                t = new DateTime(t.Year, t.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1);
            }
            else if (!Days.Contains(t.Day) || !DaysOfWeek.Contains((int)t.DayOfWeek))
            {
                t = t.Date.AddDays(1);
            }
            else if (!Hours.Contains(t.Hour))
            {
                t = t.Date.AddHours(t.Hour + 1);
            }
            else if (!Minutes.Contains(t.Minute))
            {
                t = t.Date.AddHours(t.Hour).AddMinutes(t.Minute + 1);
            }
            else if (!Seconds.Contains(t.Second))
            {
                t = t.AddSeconds(1);
            }
            else
            {
                return new DateTimeOffset(t, TimeSpan.Zero);
            }
        }
        throw new InvalidOperationException($"NCRONTAB expression '{Expression}' has no occurrence before {limit}.");
    }

    public override string ToString() => Expression;
}

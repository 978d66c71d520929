using System.Globalization;

namespace Factumerit.Email.Functions.Hosting.Cron;

/// <summary>The six NCRONTAB fields in order, with their ranges and the names they accept.</summary>
internal sealed class CronFieldKind
{
    private static readonly string[] MonthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    private static readonly string[] DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    public static readonly CronFieldKind Second = new("second", 0, 59);
    public static readonly CronFieldKind Minute = new("minute", 0, 59);
    public static readonly CronFieldKind Hour = new("hour", 0, 23);
    public static readonly CronFieldKind DayOfMonth = new("day-of-month", 1, 31);
    public static readonly CronFieldKind Month = new("month", 1, 12, MonthNames);
    public static readonly CronFieldKind DayOfWeek = new("day-of-week", 0, 6, DayNames);

    public static readonly IReadOnlyList<CronFieldKind> All = [Second, Minute, Hour, DayOfMonth, Month, DayOfWeek];

    private readonly string[] _names;

    private CronFieldKind(string name, int min, int max, string[]? names = null)
    {
        Name = name;
        Min = min;
        Max = max;
        _names = names ?? [];
    }

    public string Name { get; }
    public int Min { get; }
    public int Max { get; }

    /// <summary>Reads a number or a name; <paramref name="field"/> is the whole field, quoted in errors.</summary>
    public int Value(string text, string field)
    {
        var index = Array.FindIndex(_names, n => n.Equals(text, StringComparison.OrdinalIgnoreCase));
        if (index >= 0)
        {
            return Min + index;
        }
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw Error(field, $"has '{text}', which is neither a number nor a known name");
        }
        if (value < Min || value > Max)
        {
            throw Error(field, $"has {value}, outside {Min}-{Max}");
        }
        return value;
    }

    public FormatException Error(string field, string problem) =>
        new($"NCRONTAB {Name} field '{field}' {problem}.");
}

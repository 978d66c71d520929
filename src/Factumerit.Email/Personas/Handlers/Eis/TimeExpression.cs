namespace Factumerit.Email.Personas.Handlers.Eis;

internal enum RelativeUnit
{
    Minutes,
    Hours,
    Days,
    Weeks,
}

internal enum DayKind
{
    Today,
    Tonight,
    Tomorrow,

    /// <summary>"on Friday", "friday": the nearest one, today included while the time is ahead.</summary>
    Weekday,

    /// <summary>"next Monday": the nearest one after today.</summary>
    NextWeekday,

    /// <summary>"2026-12-01".</summary>
    Date,
}

/// <summary>A time expression as written, before it is resolved against a clock and a zone.</summary>
internal sealed record TimeExpression
{
    public int? RelativeAmount { get; init; }
    public RelativeUnit RelativeUnit { get; init; }
    public DayKind? Day { get; init; }
    public DayOfWeek Weekday { get; init; }
    public DateOnly Date { get; init; }
    public TimeOnly? Time { get; init; }
}

/// <summary>One whitespace-separated word: its normalised form and where it sits in the original text.</summary>
internal readonly record struct TimeToken(string Word, int Start);

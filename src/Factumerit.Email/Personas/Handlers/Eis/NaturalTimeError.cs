namespace Factumerit.Email.Personas.Handlers.Eis;

/// <summary>Why a "remind me" time could not be used.</summary>
public enum NaturalTimeError
{
    /// <summary>No time expression this parser knows starts the text.</summary>
    Unparseable,

    /// <summary>The time was understood but has already passed.</summary>
    InPast,

    /// <summary>The time was understood but nothing follows it to be reminded of.</summary>
    MissingText,

    /// <summary>Further ahead than reminders may be set.</summary>
    TooFarAhead,
}

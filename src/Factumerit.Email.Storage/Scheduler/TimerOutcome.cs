namespace Factumerit.Email.Storage.Scheduler;

/// <summary>What one delivery of a timer message did. Every outcome acknowledges the message.</summary>
public enum TimerOutcome
{
    /// <summary>This delivery claimed the schedule, ran its handler and marked it Done.</summary>
    Fired,

    /// <summary>Not due yet (a hop of a long delay, or an early delivery): sent again for the rest of the wait.</summary>
    Hopped,

    /// <summary>Another worker holds the claim: sent again for when that claim ends, in case its worker dies.</summary>
    Busy,

    /// <summary>Another worker claimed it between our read and our claim.</summary>
    ClaimLost,

    /// <summary>Already done or cancelled.</summary>
    Finished,

    /// <summary>No such schedule.</summary>
    NotFound,
}

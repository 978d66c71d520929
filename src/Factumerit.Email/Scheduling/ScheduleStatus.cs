namespace Factumerit.Email.Scheduling;

public enum ScheduleStatus
{
    /// <summary>Waiting for its due time, or due and waiting to be claimed (also after a failed run).</summary>
    Pending,

    /// <summary>Claimed by one worker until its lease ends.</summary>
    Running,

    /// <summary>The handler succeeded. Final.</summary>
    Done,

    /// <summary>Cancelled before it ran. Final.</summary>
    Cancelled,
}

namespace Factumerit.Email.Storage.Scheduler;

/// <param name="Examined">Due-index rows looked at.</param>
/// <param name="Redriven">Overdue schedules whose timer was sent again.</param>
/// <param name="Cleaned">Index rows removed: finished, missing, or given-up schedules.</param>
/// <param name="MoreWork">The run stopped at its limit; the next run carries on.</param>
public sealed record SweepResult(int Examined, int Redriven, int Cleaned, bool MoreWork)
{
    public static SweepResult Nothing { get; } = new(0, 0, 0, false);
}

using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.Storage.Scheduler;

namespace Factumerit.Email.Functions.Functions.Scheduling;

/// <summary>Every minute: re-sends the timers of overdue schedules whose message was lost. The sweeper logs what it did.</summary>
public sealed class SweepSchedulesFunction(ScheduleSweeper sweeper) : ITimerFunction
{
    public Task RunAsync(TimerInvocation invocation, CancellationToken cancellationToken) =>
        sweeper.SweepAsync(cancellationToken);
}

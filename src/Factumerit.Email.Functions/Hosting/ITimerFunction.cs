namespace Factumerit.Email.Functions.Hosting;

/// <summary>A timer-triggered function, run on its NCRONTAB schedule.</summary>
public interface ITimerFunction
{
    Task RunAsync(TimerInvocation invocation, CancellationToken cancellationToken);
}

public sealed record TimerInvocation(string FunctionName, DateTimeOffset ScheduledFor, bool IsPastDue);

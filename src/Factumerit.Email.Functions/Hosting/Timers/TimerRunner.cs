using Factumerit.Email.Functions.Hosting.Cron;

namespace Factumerit.Email.Functions.Hosting.Timers;

/// <summary>
/// Standalone mode's timer trigger: runs each registered <see cref="ITimerFunction"/> at the next occurrence of its
/// NCRONTAB schedule, one run at a time per function. A failed run is logged and the schedule goes on.
/// </summary>
internal sealed class TimerRunner(FunctionRegistry registry, IServiceScopeFactory scopes, TimeProvider time,
    ILogger<TimerRunner> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(registry.OfKind(TriggerKind.Timer)
            .Select(f => RunScheduleAsync(f.Name, CronSchedule.Parse(f.Schedule!), stoppingToken)));

    private async Task RunScheduleAsync(string name, CronSchedule schedule, CancellationToken stoppingToken)
    {
        var next = schedule.GetNextOccurrence(time.GetUtcNow());
        while (!stoppingToken.IsCancellationRequested)
        {
            Log.TimerScheduled(logger, name, next);
            var delay = next - time.GetUtcNow();
            try
            {
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, time, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            // Past due when we woke so late that the following occurrence has already come.
            var isPastDue = schedule.GetNextOccurrence(next) <= time.GetUtcNow();
            await RunOnceAsync(name, new TimerInvocation(name, next, isPastDue), stoppingToken);

            // Occurrences that passed while the run was going are skipped, so runs never overlap.
            var now = time.GetUtcNow();
            next = schedule.GetNextOccurrence(now > next ? now : next);
        }
    }

    private async Task RunOnceAsync(string name, TimerInvocation invocation, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var function = scope.ServiceProvider.GetRequiredKeyedService<ITimerFunction>(name);
            await function.RunAsync(invocation, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the run was asked to stop.
        }
        catch (Exception ex)
        {
            // A timer has no queue to redeliver to; the next occurrence is the retry, and the host must stay up.
            Log.TimerFailed(logger, name, invocation.ScheduledFor, ex);
        }
    }
}

using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.Storage.Scheduler;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Functions.Functions.Scheduling;

public static class SchedulingFunctions
{
    public const string TimersFunctionName = "timers";
    public const string SweepFunctionName = "sweep-schedules";
    public const string SweepSchedule = "0 */1 * * * *";

    /// <summary>
    /// The scheduler's two functions. function.json fixes the queue name, so start-up fails if
    /// <c>Scheduler:QueueName</c> names another queue than the one the timers function reads.
    /// </summary>
    public static IServiceCollection AddSchedulingFunctions(this IServiceCollection services, string queueName = SchedulerOptions.DefaultQueueName)
    {
        services.AddQueueFunction<TimersFunction>(TimersFunctionName, queueName);
        services.AddTimerFunction<SweepSchedulesFunction>(SweepFunctionName, SweepSchedule);
        services.AddSingleton<IValidateOptions<SchedulerOptions>, QueueMatchesFunction>();
        return services;
    }

    private sealed class QueueMatchesFunction(FunctionRegistry registry) : IValidateOptions<SchedulerOptions>
    {
        public ValidateOptionsResult Validate(string? name, SchedulerOptions options) =>
            registry.Find(TimersFunctionName)?.Queue is { } queue && queue != options.QueueName
                ? ValidateOptionsResult.Fail(
                    $"{SchedulerOptions.SectionName}:QueueName is '{options.QueueName}', but the {TimersFunctionName} function reads queue '{queue}'.")
                : ValidateOptionsResult.Success;
    }
}

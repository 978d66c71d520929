using Factumerit.Email.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Storage.Scheduler;

public static class SchedulerServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IScheduler"/>, <see cref="ScheduledActionRunner"/> (the timers queue's work) and
    /// <see cref="ScheduleSweeper"/>, with <see cref="SchedulerOptions"/> from the <c>Scheduler</c> section. Needs the
    /// storage clients of <c>AddEmailStorage</c>. At start-up every registered action handler is resolved once, so
    /// a handler with a missing dependency fails the start, not the first timer.
    /// </summary>
    public static IServiceCollection AddDurableScheduler(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<SchedulerOptions>()
            .BindConfiguration(SchedulerOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // The handlers are checked as options of their own: a handler may need IScheduler, and so SchedulerOptions,
        // which must not be resolved while SchedulerOptions itself is being validated.
        services.AddOptions<ScheduledActionHandlersCheck>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ScheduledActionHandlersCheck>, ScheduledActionHandlersValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new ScheduledActionCatalog(sp.GetServices<ScheduledActionRegistration>()));
        services.TryAddSingleton<ScheduleStore>();
        services.TryAddSingleton<TimerQueue>();
        services.TryAddSingleton<IScheduler, DurableScheduler>();
        services.TryAddSingleton(sp => new ScheduledActionRunner(sp.GetRequiredService<ScheduleStore>(),
            sp.GetRequiredService<TimerQueue>(), sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<SchedulerOptions>>(), sp.GetRequiredService<ILogger<ScheduledActionRunner>>()));
        services.TryAddSingleton(sp => new ScheduleSweeper(sp.GetRequiredService<ScheduleStore>(), sp.GetRequiredService<TimerQueue>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<SchedulerOptions>>(),
            sp.GetRequiredService<ILogger<ScheduleSweeper>>()));
        return services;
    }

    /// <summary>Resolves each registered handler in a scope, naming the action whose handler cannot be built.</summary>
    private sealed class ScheduledActionHandlersValidator(IServiceScopeFactory scopes, ScheduledActionCatalog actions)
        : IValidateOptions<ScheduledActionHandlersCheck>
    {
        public ValidateOptionsResult Validate(string? name, ScheduledActionHandlersCheck options)
        {
            using var scope = scopes.CreateScope();
            var failures = new List<string>();
            foreach (var action in actions.Actions)
            {
                try
                {
                    if (scope.ServiceProvider.GetKeyedService<IScheduledActionHandler>(action) is null)
                    {
                        failures.Add($"Scheduled action '{action}' has no IScheduledActionHandler.");
                    }
                }
                catch (OptionsValidationException)
                {
                    // A setting the handler needs is invalid; that setting's own start-up validation names it.
                }
                catch (InvalidOperationException ex)
                {
                    failures.Add($"The handler of scheduled action '{action}' cannot be created: {ex.Message}");
                }
            }
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}

/// <summary>Nothing to configure: the start-up check that every scheduled action's handler can be built.</summary>
internal sealed class ScheduledActionHandlersCheck;

using Microsoft.Extensions.DependencyInjection;

namespace Factumerit.Email.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="T"/> as the handler of <paramref name="action"/>: keyed and scoped, so each run
    /// gets a fresh scope. A second handler for the same action fails here, not at run time.
    /// </summary>
    public static IServiceCollection AddScheduledActionHandler<T>(this IServiceCollection services, string action)
        where T : class, IScheduledActionHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        ScheduleLimits.ValidateActionName(action, nameof(action));
        if (services.Any(d => d.ImplementationInstance is ScheduledActionRegistration r
            && string.Equals(r.Action, action, StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"Scheduled action '{action}' already has a handler.");
        }
        services.AddSingleton(new ScheduledActionRegistration(action));
        services.AddKeyedScoped<IScheduledActionHandler, T>(action);
        return services;
    }
}

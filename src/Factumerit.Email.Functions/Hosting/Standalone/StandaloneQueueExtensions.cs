using Factumerit.Email.Storage.Queues;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Factumerit.Email.Functions.Hosting.Standalone;

public static class StandaloneQueueExtensions
{
    /// <summary>
    /// Runs every registered queue function from its queue, without the Functions host. Needs a
    /// <see cref="QueueServiceClient"/> singleton; settings come from the <c>Queues</c> section.
    /// </summary>
    public static IServiceCollection AddStandaloneQueueListeners(this IServiceCollection services)
    {
        services.AddOptions<StandaloneQueueOptions>()
            .BindConfiguration(StandaloneQueueOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        if (!services.Any(d => d.ServiceType == typeof(FunctionRegistry)))
        {
            services.AddFunctionRegistry();
        }
        // Under the Functions host the host drives the queues; listening too would take every message twice.
        services.TryAddSingleton(sp => HostingMode.FromConfiguration(sp.GetRequiredService<IConfiguration>()));
        services.AddStandaloneHostedService<QueueListenerService>();
        return services;
    }
}

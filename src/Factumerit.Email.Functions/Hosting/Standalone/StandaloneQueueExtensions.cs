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
        services.AddHostedService<QueueListenerService>();
        return services;
    }
}

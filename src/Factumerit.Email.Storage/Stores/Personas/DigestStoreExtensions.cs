using Factumerit.Email.Digest;
using Factumerit.Email.Storage.Scheduler;
using Factumerit.Email.Storage.Stores.Assistant;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Factumerit.Email.Storage.Stores.Personas;

public static class DigestStoreExtensions
{
    /// <summary>
    /// The digest's narrow reads: <see cref="IAssistantDigestReader"/> (needs <c>AddAssistantStores</c>) and
    /// <see cref="IScheduleDigestReader"/> (needs <c>AddDurableScheduler</c>).
    /// </summary>
    public static IServiceCollection AddDigestReaders(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IAssistantDigestReader, AssistantDigestReader>();
        services.TryAddSingleton<IScheduleDigestReader, ScheduleDigestReader>();
        return services;
    }
}

using Factumerit.Email.Recruiting.Pipeline;
using Factumerit.Email.Recruiting.Sync;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Factumerit.Email.Storage.Stores.Recruiting;

public static class RecruitingStoreExtensions
{
    /// <summary>The recruiting tables and queue. Needs <c>AddEmailStorage</c> and <c>AddAssistantStores</c> (for the name prefixes).</summary>
    public static IServiceCollection AddRecruitingStores(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<RecruitingTables>();
        services.TryAddSingleton<IRecruitingStore, RecruitingStore>();
        services.TryAddSingleton<IRecruitingSyncStore, RecruitingSyncStore>();
        services.TryAddSingleton<IRecruitingQueue, RecruitingQueueSender>();
        return services;
    }
}

using Factumerit.Email.Triage.Organize;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Factumerit.Email.Storage.Stores.Triage;

public static class OrganizeStoreExtensions
{
    /// <summary>Organize Inbox's table and queue. Needs <c>AddAssistantStores</c> (for the table and queue prefixes).</summary>
    public static IServiceCollection AddTriageOrganizeStore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IOrganizeStore, OrganizeTableStore>();
        services.TryAddSingleton<IOrganizeQueue, OrganizeQueueSender>();
        return services;
    }
}

using Factumerit.Email.Triage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Factumerit.Email.Storage.Stores.Triage;

public static class TriageStoreExtensions
{
    /// <summary>Triage's table as <see cref="ITriageStore"/>. Needs <c>AddAssistantStores</c> (for the table prefix).</summary>
    public static IServiceCollection AddTriageStore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<TriageTableStore>();
        services.TryAddSingleton<ITriageStore>(sp => sp.GetRequiredService<TriageTableStore>());
        return services;
    }
}

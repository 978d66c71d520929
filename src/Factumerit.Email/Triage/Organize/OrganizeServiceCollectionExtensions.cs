using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Factumerit.Email.Triage.Organize;

public static class OrganizeServiceCollectionExtensions
{
    /// <summary>
    /// Organize Inbox: the starter and the page runner. Needs the assistant, triage, <see cref="OrganizeOptions"/> (the
    /// host binds section "Triage:Organize"), an <see cref="IOrganizeStore"/>, an <see cref="IOrganizeQueue"/> and an
    /// <see cref="IInboxThreadLister"/>.
    /// </summary>
    public static IServiceCollection AddTriageOrganize(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<OrganizeOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OrganizeStarter>();
        services.TryAddSingleton<OrganizeThreadTriage>();
        services.TryAddSingleton<OrganizeRunner>();
        return services;
    }
}

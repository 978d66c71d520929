using Factumerit.Email.Digest.Sections;
using Factumerit.Email.Personas.Handlers.Digest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Factumerit.Email.Digest;

public static class DigestServiceCollectionExtensions
{
    /// <summary>
    /// The digest composer, its links and the persona activity section (needs an <see cref="IPersonaActivitySource"/>).
    /// Scoped: a section may cache what one run reads for every subscriber.
    /// </summary>
    public static IServiceCollection AddDigestComposer(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<DigestOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DigestLinkTokens>();
        services.TryAddSingleton<DigestLinks>();
        services.TryAddScoped<DigestComposer>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IDigestSectionSource, PersonaActivitySection>());
        return services;
    }

    /// <summary>
    /// The Gmail assistant and recruiting sections. They need the mailbox, triage and recruiting stores and the digest
    /// readers (<see cref="IAssistantDigestReader"/>, <see cref="IScheduleDigestReader"/>).
    /// </summary>
    public static IServiceCollection AddDigestMailboxSections(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IDigestSectionSource, AssistantSection>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IDigestSectionSource, RecruitingSection>());
        return services;
    }
}

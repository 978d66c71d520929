using Factumerit.Email.Personas.Handlers.Digest;
using Factumerit.Email.Personas.Handlers.Eis;
using Factumerit.Email.Personas.Handlers.Onboard;
using Factumerit.Email.Personas.Handlers.Support;
using Factumerit.Email.Storage.Stores.Audit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Factumerit.Email.Storage.Stores.Personas;

public static class PersonaStoresServiceCollectionExtensions
{
    /// <summary>
    /// Registers the personas' table stores (tasks, reminders, escalations, onboarding, digest subscriptions) with
    /// <see cref="PersonaStoreOptions"/> from the <c>PersonaStores</c> section. Needs the clients of <c>AddEmailStorage</c>.
    /// The task list is a default: a Vikunja backend registered by <c>AddVikunjaTasks</c> takes its place. The digest's
    /// activity source reads the pipeline's audit trail (<see cref="AuditLogStore"/>, from the pipeline's stores).
    /// </summary>
    public static IServiceCollection AddPersonaHandlerStores(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<PersonaStoreOptions>()
            .BindConfiguration(PersonaStoreOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ITaskList, TableTaskList>();
        services.TryAddSingleton<IReminderLog, TableReminderLog>();
        services.TryAddSingleton<IEscalationStore, TableEscalationStore>();
        services.TryAddSingleton<IOnboardingStore, TableOnboardingStore>();
        services.TryAddSingleton<IDigestSubscriptionStore, TableDigestSubscriptionStore>();
        services.TryAddSingleton<IPersonaActivitySource, AuditPersonaActivitySource>();
        return services;
    }
}

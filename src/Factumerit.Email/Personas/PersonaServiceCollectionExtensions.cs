using Factumerit.Email.Digest;
using Factumerit.Email.Inbound;
using Factumerit.Email.Personas.Handlers;
using Factumerit.Email.Personas.Handlers.Digest;
using Factumerit.Email.Personas.Handlers.Eis;
using Factumerit.Email.Personas.Handlers.Onboard;
using Factumerit.Email.Personas.Handlers.Support;
using Factumerit.Email.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Factumerit.Email.Personas;

public static class PersonaServiceCollectionExtensions
{
    /// <summary>
    /// Registers the five persona handlers as keyed scoped <see cref="IEmailHandler"/>s under their names, their helpers,
    /// the scheduled actions they use (<c>eis.reminder</c>, <c>onboard.tips</c>, <c>onboard.checkin</c>,
    /// <c>support.escalation-reminder</c>) and the digest
    /// runner, and the escalation observer that schedules <c>escalation_timeout</c> reminders. They need, from elsewhere: <c>ILlmClient</c>, <c>IUserDirectory</c>, <c>IOutboundMail</c>,
    /// <c>IScheduler</c>, the persona stores (<c>AddPersonaHandlerStores</c>) and an <see cref="IPersonaActivitySource"/>.
    /// </summary>
    public static IServiceCollection AddPersonaHandlers(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ContentFiles>();

        services.AddKeyedScoped<IEmailHandler, SupportHandler>(PersonaNames.Support);
        services.AddKeyedScoped<IEmailHandler, EisHandler>(PersonaNames.Eis);
        services.AddKeyedScoped<IEmailHandler, OnboardHandler>(PersonaNames.Onboard);
        services.AddKeyedScoped<IEmailHandler, TriageHandler>(PersonaNames.Triage);
        services.AddKeyedScoped<IEmailHandler, DigestHandler>(PersonaNames.Digest);

        services.TryAddScoped<EisReminders>();
        services.TryAddScoped<EisTasks>();
        services.TryAddScoped<EisAssistant>();
        services.TryAddSingleton<OnboardContent>();
        services.TryAddScoped<OnboardAnswers>();
        services.TryAddScoped<DigestRunner>();
        services.AddDigestComposer();
        services.TryAddScoped<EscalationFollowUps>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IEscalationObserver, SupportEscalationObserver>());

        services.AddScheduledActionHandler<EisReminderAction>(ReminderPayload.Action);
        services.AddScheduledActionHandler<OnboardFollowUpAction>(FollowUpPayload.TipsAction);
        services.AddScheduledActionHandler<OnboardFollowUpAction>(FollowUpPayload.CheckInAction);
        services.AddScheduledActionHandler<EscalationReminderAction>(EscalationReminderPayload.Action);
        return services;
    }
}

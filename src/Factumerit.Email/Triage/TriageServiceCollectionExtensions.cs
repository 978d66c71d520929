using Factumerit.Email.Assistant.Classification;
using Factumerit.Email.Scheduling;
using Factumerit.Email.Triage.Learning;
using Factumerit.Email.Triage.Timers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Factumerit.Email.Triage;

public static class TriageServiceCollectionExtensions
{
    /// <summary>
    /// Triage as THE <see cref="ITriageHook"/> (replacing the no-op one), its four timer handlers and the learning
    /// from the user's moves (<see cref="ManualMoves"/>). Needs the assistant, an <see cref="ITriageStore"/> and the
    /// durable scheduler.
    /// </summary>
    public static IServiceCollection AddTriage(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TriageApplier>();
        services.TryAddSingleton<TriageSchedules>();
        services.TryAddSingleton<SenderRules>();
        services.TryAddSingleton<ManualMoves>();
        services.TryAddSingleton<TriageHook>();
        services.RemoveAll<ITriageHook>();
        services.AddSingleton<ITriageHook>(sp => sp.GetRequiredService<TriageHook>());
        services.AddScheduledActionHandler<TriageTrashHandler>(TriageActions.Trash);
        services.AddScheduledActionHandler<TriageArchiveHandler>(TriageActions.Archive);
        services.AddScheduledActionHandler<TriageResurfaceHandler>(TriageActions.Resurface);
        services.AddScheduledActionHandler<TriageWaitingHandler>(TriageActions.Waiting);
        return services;
    }
}

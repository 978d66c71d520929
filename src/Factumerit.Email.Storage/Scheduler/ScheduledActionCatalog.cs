using Factumerit.Email.Scheduling;

namespace Factumerit.Email.Storage.Scheduler;

/// <summary>The action names that have a handler in this process.</summary>
internal sealed class ScheduledActionCatalog(IEnumerable<ScheduledActionRegistration> registrations)
{
    private readonly HashSet<string> _actions = registrations.Select(r => r.Action).ToHashSet(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Actions => _actions;

    public bool Contains(string action) => _actions.Contains(action);
}

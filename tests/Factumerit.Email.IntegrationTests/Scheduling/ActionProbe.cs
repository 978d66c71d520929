using System.Collections.Concurrent;
using Factumerit.Email.Scheduling;

namespace Factumerit.Email.IntegrationTests.Scheduling;

/// <summary>What the scheduled action handlers did, shared by every worker in one test.</summary>
public sealed class ActionProbe
{
    public Func<ScheduledAction, CancellationToken, Task> Behavior { get; set; } = (_, _) => Task.CompletedTask;

    public ConcurrentQueue<ScheduledAction> Started { get; } = new();

    public ConcurrentQueue<ScheduledAction> Completed { get; } = new();
}

/// <summary>The handler under test, registered for both test actions: records each run and does what the test asks.</summary>
public sealed class ProbeActionHandler(ActionProbe probe) : IScheduledActionHandler
{
    public const string Action = "probe";
    public const string OtherAction = "other";

    public async Task HandleAsync(ScheduledAction action, CancellationToken cancellationToken)
    {
        probe.Started.Enqueue(action);
        await probe.Behavior(action, cancellationToken);
        probe.Completed.Enqueue(action);
    }
}

using Factumerit.Email.Functions.Functions;
using Factumerit.Email.Functions.Functions.Scheduling;
using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.Scheduling;
using Factumerit.Email.Storage.Scheduler;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Tests.Scheduling;

public sealed class ScheduledActionRegistrationTests
{
    [Fact]
    public void An_action_gets_one_handler()
    {
        var services = new ServiceCollection().AddScheduledActionHandler<NoopHandler>("snooze");
        var error = Assert.Throws<InvalidOperationException>(() => services.AddScheduledActionHandler<NoopHandler>("snooze"));
        Assert.Contains("'snooze'", error.Message);
        Assert.Throws<ArgumentException>(() => services.AddScheduledActionHandler<NoopHandler>("bad name"));
    }

    [Fact]
    public void A_handler_that_cannot_be_built_fails_start_up_naming_its_action()
    {
        var services = SchedulerServices.Create();
        services.AddScheduledActionHandler<NeedsMissingServiceHandler>("escalate");
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("'escalate'", error.Message);
    }

    [Fact]
    public async Task A_handler_that_needs_the_scheduler_passes_the_start_up_check()
    {
        var services = SchedulerServices.Create();
        services.AddScheduledActionHandler<NeedsSchedulerHandler>("remind");
        using var provider = services.BuildServiceProvider();

        // Checking this handler resolves IScheduler and so SchedulerOptions; it once deadlocked host start-up.
        var check = Task.Run(() => provider.GetRequiredService<IStartupValidator>().Validate());
        var finished = await Task.WhenAny(check, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.Same(check, finished);
        await check;
    }

    private sealed class NeedsSchedulerHandler(IScheduler scheduler) : IScheduledActionHandler
    {
        public Task HandleAsync(ScheduledAction action, CancellationToken cancellationToken) =>
            scheduler.CancelAsync(action.Id, cancellationToken);
    }

    [Fact]
    public void The_catalog_has_the_timers_queue_function_and_a_sweep_every_minute()
    {
        var registry = FunctionCatalog.BuildRegistry();
        Assert.Equal(new FunctionDefinition("timers", TriggerKind.Queue, Queue: "timers"), registry.Find(SchedulingFunctions.TimersFunctionName));
        Assert.Equal(new FunctionDefinition("sweep-schedules", TriggerKind.Timer, Schedule: "0 */1 * * * *"),
            registry.Find(SchedulingFunctions.SweepFunctionName));
    }

    [Fact]
    public void Start_up_fails_when_the_configured_queue_is_not_the_one_the_timers_function_reads()
    {
        var services = SchedulerServices.Create(("Scheduler:QueueName", "timers-other"));
        services.AddFunctionRegistry();
        services.AddSchedulingFunctions();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SchedulerOptions>>().Value);
        Assert.Contains("Scheduler:QueueName", error.Message);
    }
}

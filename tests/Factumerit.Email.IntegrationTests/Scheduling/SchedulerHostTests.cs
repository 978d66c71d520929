using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Scheduling;
using Factumerit.Email.Storage.Scheduler;
using Microsoft.Extensions.DependencyInjection;
using static Factumerit.Email.IntegrationTests.Hosting.Standalone.ListenerHarness;

namespace Factumerit.Email.IntegrationTests.Scheduling;

/// <summary>The scheduler end to end: real delays through the timers queue and the standalone listeners.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SchedulerHostTests(AzuriteFixture azurite)
{
    private readonly SchedulerNames _names = SchedulerNames.Unique();
    private readonly ActionProbe _probe = new();

    [Fact]
    public async Task A_schedule_due_in_two_seconds_fires_once_and_is_marked_done()
    {
        using var host = SchedulerHost.Build(azurite, _names, _probe);
        await host.StartAsync();
        var dueAt = DateTimeOffset.UtcNow.AddSeconds(2);
        var id = await host.Scheduler().ScheduleAsync("thread-2s", ProbeActionHandler.Action, dueAt, payload: "remind");

        await EventuallyAsync(async () => (await host.StateAsync(id)).Status == ScheduleStatus.Done, "the schedule to be done");
        await EventuallyAsync(() => IsEmptyAsync(Queue(azurite, _names.Queue)), "the timer message to be deleted");
        await host.StopAsync();

        var run = Assert.Single(_probe.Started);
        Assert.Equal((id, "thread-2s", "remind", 1), (run.Id, run.SubjectKey, run.Payload, run.Attempt));
        Assert.True(DateTimeOffset.UtcNow >= dueAt);
    }

    [Fact]
    public async Task Schedules_cancelled_by_id_or_by_subject_never_fire()
    {
        using var host = SchedulerHost.Build(azurite, _names, _probe);
        await host.StartAsync();
        var scheduler = host.Scheduler();
        var soon = DateTimeOffset.UtcNow.AddSeconds(2);
        var byId = await scheduler.ScheduleAsync("thread-a", ProbeActionHandler.Action, soon);
        var bySubject = await scheduler.ScheduleAsync("thread-b", ProbeActionHandler.Action, soon);
        var bySubjectOther = await scheduler.ScheduleAsync("thread-b", ProbeActionHandler.OtherAction, soon);
        var byAction = await scheduler.ScheduleAsync("thread-c", ProbeActionHandler.Action, soon);
        // Same subject, other action, and later than the rest: it must still fire, and when it has, the others were due.
        var witness = await scheduler.ScheduleAsync("thread-c", ProbeActionHandler.OtherAction, soon.AddSeconds(1));

        Assert.True(await scheduler.CancelAsync(byId));
        Assert.False(await scheduler.CancelAsync(byId));
        Assert.Equal(2, await scheduler.CancelSubjectAsync("thread-b"));
        Assert.Equal(1, await scheduler.CancelSubjectAsync("thread-c", ProbeActionHandler.Action));

        await EventuallyAsync(() => !_probe.Completed.IsEmpty, "the witness to fire");
        await EventuallyAsync(() => IsEmptyAsync(Queue(azurite, _names.Queue)), "every timer message to be handled");
        await host.StopAsync();

        Assert.Equal(witness, Assert.Single(_probe.Started).Id);
        foreach (var id in new[] { byId, bySubject, bySubjectOther, byAction })
        {
            Assert.Equal(ScheduleStatus.Cancelled, (await host.StateAsync(id)).Status);
        }
    }

    [Fact]
    public async Task Stopping_a_worker_mid_run_loses_nothing_and_the_next_worker_runs_the_action()
    {
        _probe.Behavior = (action, ct) => action.Attempt == 1 ? Task.Delay(Timeout.Infinite, ct) : Task.CompletedTask;
        string id;
        using (var first = SchedulerHost.Build(azurite, _names, _probe))
        {
            await first.StartAsync();
            id = await first.Scheduler().ScheduleAsync("thread-stop", ProbeActionHandler.Action, DateTimeOffset.UtcNow);
            await EventuallyAsync(() => !_probe.Started.IsEmpty, "the action to start");
            await first.StopAsync();
            Assert.Equal(ScheduleStatus.Pending, (await first.StateAsync(id)).Status);
        }

        using var second = SchedulerHost.Build(azurite, _names, _probe);
        await second.StartAsync();
        await EventuallyAsync(async () => (await second.StateAsync(id)).Status == ScheduleStatus.Done, "the next worker to finish it");
        await second.StopAsync();

        Assert.Equal([1, 2], _probe.Started.Select(a => a.Attempt));
        Assert.Equal(2, Assert.Single(_probe.Completed).Attempt);
    }

    [Fact]
    public async Task A_lost_timer_is_re_driven_by_the_sweep_and_fires_in_a_running_worker()
    {
        using var host = SchedulerHost.Build(azurite, _names, _probe);
        var id = await host.Scheduler().ScheduleAsync("thread-lost", ProbeActionHandler.Action, DateTimeOffset.UtcNow);
        await Queue(azurite, _names.Queue).ClearMessagesAsync();
        await host.StartAsync();

        var sweep = await host.Services.GetRequiredService<ScheduleSweeper>().SweepAsync();
        await EventuallyAsync(async () => (await host.StateAsync(id)).Status == ScheduleStatus.Done, "the re-driven schedule to be done");
        await host.StopAsync();

        Assert.Equal(1, sweep.Redriven);
        Assert.Equal(id, Assert.Single(_probe.Completed).Id);
    }

    [Fact]
    public async Task A_handler_that_keeps_failing_stays_pending_and_its_timer_ends_in_the_poison_queue_after_five_attempts()
    {
        _probe.Behavior = (_, _) => throw new InvalidOperationException("The downstream service is down.");
        var poison = Queue(azurite, _names.Queue + "-poison");
        using var host = SchedulerHost.Build(azurite, _names, _probe);
        await host.StartAsync();
        var id = await host.Scheduler().ScheduleAsync("thread-fail", ProbeActionHandler.Action, DateTimeOffset.UtcNow);

        await EventuallyAsync(async () => (await poison.PeekMessagesAsync()).Value.Length == 1, "the timer to reach the poison queue");
        await host.StopAsync();

        var state = await host.StateAsync(id);
        Assert.Equal((ScheduleStatus.Pending, 5), (state.Status, state.Attempts));
        Assert.Equal([1, 2, 3, 4, 5], _probe.Started.Select(a => a.Attempt).Order());
        Assert.Empty(_probe.Completed);
        Assert.Equal(id, TimerMessage.Parse(Assert.Single((await poison.PeekMessagesAsync(32)).Value).MessageText).Id);
        // The sweep leaves it to whoever replays the poison message instead of re-sending it forever.
        Assert.Equal(0, (await host.Services.GetRequiredService<ScheduleSweeper>().SweepAsync()).Redriven);
    }
}

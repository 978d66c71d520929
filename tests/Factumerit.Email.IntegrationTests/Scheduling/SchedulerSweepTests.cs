using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Scheduling;
using Factumerit.Email.Storage.Scheduler;

namespace Factumerit.Email.IntegrationTests.Scheduling;

/// <summary>Lost timers come back through the sweep; the sweep's grace is five minutes here.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SchedulerSweepTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(5);
    private readonly SchedulerNames _names = SchedulerNames.Unique();
    private readonly ManualClock _clock = new();
    private readonly ActionProbe _probe = new();
    private SchedulerRig _rig = null!;

    public Task InitializeAsync()
    {
        _rig = new SchedulerRig(azurite, _names, _clock, _probe);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task A_lost_timer_message_is_sent_again_by_the_sweep_once_the_grace_has_passed_and_then_fires()
    {
        var id = await _rig.Scheduler.ScheduleAsync("thread-lost", ProbeActionHandler.Action, _clock.GetUtcNow().AddHours(1));
        await _rig.Queue.ClearMessagesAsync();

        _clock.Advance(TimeSpan.FromHours(1) + Grace - TimeSpan.FromSeconds(1));
        Assert.Equal(0, (await _rig.Sweeper.SweepAsync()).Redriven);
        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(1, (await _rig.Sweeper.SweepAsync()).Redriven);
        // A sweep right after, on this or another instance, does not send it twice.
        Assert.Equal(0, (await _rig.Sweeper.SweepAsync()).Redriven);

        var message = await _rig.ReceiveTimerAsync();
        Assert.Equal(id, message.Id);
        Assert.Equal(TimerOutcome.Fired, await _rig.Runner.FireAsync(message));
        Assert.Equal(ScheduleStatus.Done, (await _rig.StateAsync(id)).Status);
        Assert.Equal(0, (await _rig.Sweeper.SweepAsync()).Examined);
    }

    [Fact]
    public async Task A_send_that_fails_after_the_row_is_written_is_not_an_error_and_the_sweep_sends_it()
    {
        _rig.Sends.FailSends = true;
        var id = await _rig.Scheduler.ScheduleAsync("thread-outage", ProbeActionHandler.Action, _clock.GetUtcNow().AddMinutes(10));
        _rig.Sends.FailSends = false;

        Assert.Equal(ScheduleStatus.Pending, (await _rig.StateAsync(id)).Status);
        Assert.Equal(0, (await _rig.Queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);

        _clock.Advance(TimeSpan.FromMinutes(10) + Grace + TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await _rig.Sweeper.SweepAsync()).Redriven);
        Assert.Equal(TimerOutcome.Fired, await _rig.Runner.FireAsync(await _rig.ReceiveTimerAsync()));
        Assert.Equal(id, Assert.Single(_probe.Completed).Id);
    }

    [Fact]
    public async Task A_worker_that_dies_holding_a_claim_is_taken_over_after_its_lease_and_cannot_undo_the_result()
    {
        await using var survivor = new SchedulerRig(azurite, _names, _clock, _probe);
        using var dying = new CancellationTokenSource();
        _probe.Behavior = (action, ct) => action.Attempt == 1 ? Task.Delay(Timeout.Infinite, ct) : Task.CompletedTask;
        var dueAt = _clock.GetUtcNow();
        var id = await _rig.Scheduler.ScheduleAsync("thread-crash", ProbeActionHandler.Action, dueAt);
        await _rig.Queue.ClearMessagesAsync();

        var hung = _rig.Runner.FireAsync(new TimerMessage(id, dueAt), dying.Token);
        await WaitUntilAsync(() => !_probe.Started.IsEmpty);
        Assert.Equal(TimerOutcome.Busy, await survivor.Runner.FireAsync(new TimerMessage(id, dueAt)));

        _clock.Advance(TimeSpan.FromMinutes(10) + Grace);
        Assert.Equal(1, (await survivor.Sweeper.SweepAsync()).Redriven);
        await survivor.Queue.ClearMessagesAsync();
        Assert.Equal(TimerOutcome.Fired, await survivor.Runner.FireAsync(new TimerMessage(id, dueAt)));
        // The first worker wakes up late; its release must not reopen the finished schedule.
        await dying.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => hung);

        var state = await _rig.StateAsync(id);
        Assert.Equal((ScheduleStatus.Done, 2), (state.Status, state.Attempts));
        Assert.Equal([2], _probe.Completed.Select(a => a.Attempt));
    }

    [Fact]
    public async Task The_sweep_does_a_bounded_amount_of_work_per_run_and_the_next_run_carries_on()
    {
        await using var rig = new SchedulerRig(azurite, SchedulerNames.Unique(), _clock, _probe, true, null, ("Scheduler:SweepMaxItems", "2"));
        var now = _clock.GetUtcNow();
        for (var i = 0; i < 3; i++)
        {
            await rig.Scheduler.ScheduleAsync($"thread-{i}", ProbeActionHandler.Action, now.AddMinutes(i));
        }
        await rig.Queue.ClearMessagesAsync();
        _clock.Advance(TimeSpan.FromMinutes(3) + Grace);

        var first = await rig.Sweeper.SweepAsync();
        var second = await rig.Sweeper.SweepAsync();

        Assert.Equal((2, true), (first.Redriven, first.MoreWork));
        Assert.Equal((1, false), (second.Redriven, second.MoreWork));
        Assert.Equal(3, (await rig.Queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task Schedules_from_earlier_days_are_still_found_and_the_cursor_moves_past_days_that_are_empty()
    {
        var dueAt = _clock.GetUtcNow().AddHours(1);
        var id = await _rig.Scheduler.ScheduleAsync("thread-old", ProbeActionHandler.Action, dueAt);
        await _rig.Queue.ClearMessagesAsync();
        _clock.Advance(TimeSpan.FromDays(3));

        Assert.Equal(1, (await _rig.Sweeper.SweepAsync()).Redriven);
        Assert.Equal(TimerOutcome.Fired, await _rig.Runner.FireAsync(await _rig.ReceiveTimerAsync()));
        await _rig.Sweeper.SweepAsync();

        var cursor = await _rig.Store.GetCursorAsync(CancellationToken.None);
        Assert.Equal(ScheduleKeys.FormatDay(ScheduleKeys.Day(_clock.GetUtcNow() - Grace)), cursor?.Day);
        Assert.Equal(ScheduleStatus.Done, (await _rig.StateAsync(id)).Status);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The condition never held.");
            }
            await Task.Delay(20);
        }
    }
}

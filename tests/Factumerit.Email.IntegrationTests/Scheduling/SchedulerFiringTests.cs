using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Scheduling;
using Factumerit.Email.Storage.Scheduler;

namespace Factumerit.Email.IntegrationTests.Scheduling;

/// <summary>Firing, hops and claims, with the scheduler's clock in the test's hands and storage in Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SchedulerFiringTests(AzuriteFixture azurite) : IAsyncLifetime
{
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
    public async Task A_thirty_day_schedule_hops_in_delays_of_at_most_seven_days_and_fires_once_when_due()
    {
        var dueAt = _clock.GetUtcNow().AddDays(30);
        var id = await _rig.Scheduler.ScheduleAsync("thread-30d", ProbeActionHandler.Action, dueAt, payload: """{"n":1}""");

        var outcomes = new List<TimerOutcome>();
        while (outcomes is not [.., TimerOutcome.Fired] && outcomes.Count < 10)
        {
            Assert.Empty(_probe.Started);
            // Each message is delivered when its delay runs out.
            _clock.Advance(_rig.Sends.Delays.Last());
            outcomes.Add(await _rig.Runner.FireAsync(new TimerMessage(id, dueAt)));
        }

        Assert.Equal([TimerOutcome.Hopped, TimerOutcome.Hopped, TimerOutcome.Hopped, TimerOutcome.Hopped, TimerOutcome.Fired], outcomes);
        Assert.All(_rig.Sends.Delays, d => Assert.InRange(d, TimeSpan.FromSeconds(1), TimeSpan.FromDays(7)));
        Assert.Equal(TimeSpan.FromDays(30), _rig.Sends.Delays.Aggregate(TimeSpan.Zero, (sum, d) => sum + d));
        var run = Assert.Single(_probe.Completed);
        Assert.Equal((id, dueAt, """{"n":1}""", 1), (run.Id, run.DueAt, run.Payload, run.Attempt));
        Assert.Equal(ScheduleStatus.Done, (await _rig.StateAsync(id)).Status);
    }

    [Fact]
    public async Task A_delivery_after_the_schedule_is_done_or_cancelled_does_nothing()
    {
        var now = _clock.GetUtcNow();
        var done = await _rig.Scheduler.ScheduleAsync("thread-1", ProbeActionHandler.Action, now);
        var cancelled = await _rig.Scheduler.ScheduleAsync("thread-1", ProbeActionHandler.Action, now.AddMinutes(1));
        Assert.True(await _rig.Scheduler.CancelAsync(cancelled));
        _clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(TimerOutcome.Fired, await _rig.Runner.FireAsync(new TimerMessage(done, now)));
        Assert.Equal(TimerOutcome.Finished, await _rig.Runner.FireAsync(new TimerMessage(done, now)));
        Assert.Equal(TimerOutcome.Finished, await _rig.Runner.FireAsync(new TimerMessage(cancelled, now)));
        Assert.Equal(TimerOutcome.NotFound, await _rig.Runner.FireAsync(new TimerMessage(new string('0', 32), now)));
        Assert.Single(_probe.Started);
        Assert.Equal(ScheduleStatus.Cancelled, (await _rig.StateAsync(cancelled)).Status);
    }

    [Fact]
    public async Task Two_workers_delivering_the_same_due_timer_at_once_run_the_handler_once()
    {
        // Both workers read the schedule as pending before either claims it, so the claims really race.
        var gate = new ClaimGate(parties: 2);
        await using var first = new SchedulerRig(azurite, _names, _clock, _probe, tablePolicy: gate);
        await using var second = new SchedulerRig(azurite, _names, _clock, _probe, tablePolicy: gate);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _probe.Behavior = (_, ct) => release.Task.WaitAsync(ct);
        var dueAt = _clock.GetUtcNow();
        var id = await _rig.Scheduler.ScheduleAsync("thread-2", ProbeActionHandler.Action, dueAt);

        var message = new TimerMessage(id, dueAt);
        var deliveries = new[] { first.Runner.FireAsync(message), second.Runner.FireAsync(message) };
        Task<TimerOutcome> loser;
        try
        {
            // The loser returns while the winner's handler is still held; if both won, neither returns.
            loser = await Task.WhenAny(deliveries).WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            release.TrySetResult();
        }
        var outcomes = await Task.WhenAll(deliveries);

        Assert.Equal(TimerOutcome.ClaimLost, await loser);
        Assert.Single(outcomes, o => o == TimerOutcome.Fired);
        Assert.Single(_probe.Started);
        Assert.Equal(ScheduleStatus.Done, (await _rig.StateAsync(id)).Status);
    }

    [Fact]
    public async Task Scheduling_again_with_the_same_dedupe_key_returns_the_existing_schedule()
    {
        var dueAt = _clock.GetUtcNow().AddHours(1);
        var first = await _rig.Scheduler.ScheduleAsync("thread-3", ProbeActionHandler.Action, dueAt, dedupeKey: "snooze-1");
        var again = await _rig.Scheduler.ScheduleAsync("thread-3", ProbeActionHandler.Action, dueAt.AddHours(5), dedupeKey: "snooze-1");
        var other = await _rig.Scheduler.ScheduleAsync("thread-3", ProbeActionHandler.Action, dueAt, dedupeKey: "snooze-2");

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal(dueAt, (await _rig.StateAsync(first)).DueAt);
        Assert.Equal(2, _rig.Sends.Delays.Count);
    }

    [Fact]
    public async Task A_due_schedule_whose_action_has_no_handler_here_fails_loudly_and_stays_pending()
    {
        await using var stale = new SchedulerRig(azurite, _names, _clock, _probe, withHandlers: false);
        var dueAt = _clock.GetUtcNow();
        var id = await _rig.Scheduler.ScheduleAsync("thread-4", ProbeActionHandler.Action, dueAt);

        var error = await Assert.ThrowsAsync<UnknownScheduledActionException>(() => stale.Runner.FireAsync(new TimerMessage(id, dueAt)));

        Assert.Equal(ProbeActionHandler.Action, error.Action);
        var state = await _rig.StateAsync(id);
        Assert.Equal((ScheduleStatus.Pending, 1), (state.Status, state.Attempts));
        Assert.Empty(_probe.Started);
    }
}

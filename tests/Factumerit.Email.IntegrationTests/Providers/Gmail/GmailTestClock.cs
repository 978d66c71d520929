namespace Factumerit.Email.IntegrationTests.Providers.Gmail;

/// <summary>
/// A clock that starts at the real time (Google.Apis.Auth also checks token times on the system clock) and
/// moves only when told to or when a timer is due: timers fire at once after moving the clock by their due
/// time, so retry back-off costs no wall time. Records every wait.
/// </summary>
internal sealed class GmailTestClock : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<TimeSpan> _waits = [];
    private long _ticks = DateTimeOffset.UtcNow.UtcTicks;

    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (_gate)
            {
                return [.. _waits];
            }
        }
    }

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Read(ref _ticks);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime == Timeout.InfiniteTimeSpan)
        {
            return new SpentTimer();
        }
        lock (_gate)
        {
            _waits.Add(dueTime);
        }
        Advance(dueTime);
        // Fire after returning: Task.Delay must hold the timer before its callback runs.
        ThreadPool.QueueUserWorkItem(_ => callback(state));
        return new SpentTimer();
    }

    private sealed class SpentTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => false;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

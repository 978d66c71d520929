namespace Factumerit.Email.IntegrationTests.Providers.Llm;

/// <summary>
/// A clock that moves only when told to, and whose timers fire at once after moving the clock by their due time,
/// so retry back-off costs no wall time yet still shows up in measured latency. Records every wait.
/// </summary>
internal sealed class SteppingTimeProvider : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<TimeSpan> _waits = [];
    private long _ticks = new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero).UtcTicks;

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
        lock (_gate)
        {
            _waits.Add(dueTime);
        }
        Advance(dueTime);
        // Fire after returning: Task.Delay keeps the timer it is given and must have it before the callback runs.
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

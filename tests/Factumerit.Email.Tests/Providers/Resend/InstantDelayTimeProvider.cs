using System.Collections.Concurrent;

namespace Factumerit.Email.Tests.Providers.Resend;

/// <summary>
/// A fixed clock whose short timers (retry delays) fire at once and are recorded; long ones (attempt timeouts)
/// never fire. This lets a test see the delay a retry asked for without waiting it out.
/// </summary>
internal sealed class InstantDelayTimeProvider(DateTimeOffset now) : TimeProvider
{
    public static readonly TimeSpan FiresWithin = TimeSpan.FromMinutes(10);

    public ConcurrentQueue<TimeSpan> Delays { get; } = new();

    public override DateTimeOffset GetUtcNow() => now;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime >= TimeSpan.Zero && dueTime <= FiresWithin)
        {
            Delays.Enqueue(dueTime);
            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }
        return new NeverTimer();
    }

    private sealed class NeverTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;
        public void Dispose() { }
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

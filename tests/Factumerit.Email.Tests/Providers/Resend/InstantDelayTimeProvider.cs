using System.Collections.Concurrent;

namespace Factumerit.Email.Tests.Providers.Resend;

/// <summary>
/// A fixed clock whose short timers (retry delays) fire at once and are recorded; long ones never fire.
/// This lets a test see the delay a retry asked for without waiting it out.
/// </summary>
internal sealed class InstantDelayTimeProvider(DateTimeOffset now) : TimeProvider
{
    public static readonly TimeSpan FiresWithin = TimeSpan.FromMinutes(10);

    public ConcurrentQueue<TimeSpan> Delays { get; } = new();

    public override DateTimeOffset GetUtcNow() => now;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new InstantTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    // A CancellationTokenSource made with a TimeProvider creates its timer unarmed and arms it later via Change.
    private sealed class InstantTimer(InstantDelayTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private int _disposed;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (dueTime >= TimeSpan.Zero && dueTime <= FiresWithin && Volatile.Read(ref _disposed) == 0)
            {
                owner.Delays.Enqueue(dueTime);
                ThreadPool.QueueUserWorkItem(_ =>
                {
                    if (Volatile.Read(ref _disposed) == 0)
                    {
                        callback(state);
                    }
                });
            }
            return true;
        }

        public void Dispose() => Interlocked.Exchange(ref _disposed, 1);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}

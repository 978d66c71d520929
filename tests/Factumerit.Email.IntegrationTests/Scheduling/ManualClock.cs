namespace Factumerit.Email.IntegrationTests.Scheduling;

/// <summary>
/// The scheduler's clock in direct-call tests: it moves only when told. Only "now" is faked; the tests call the
/// runner and the sweeper themselves instead of waiting on timers.
/// </summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    /// <summary>Starts at the current whole second, so stored times compare exactly.</summary>
    public ManualClock()
        : this(new DateTimeOffset(DateTimeOffset.UtcNow.UtcTicks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero))
    {
    }

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}

namespace Factumerit.Email.IntegrationTests.Personas;

/// <summary>A clock for the persona tests: only "now" moves, and only when the test says so.</summary>
internal sealed class PersonaClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public PersonaClock()
        : this(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero))
    {
    }

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);

    public void Set(DateTimeOffset value) => Interlocked.Exchange(ref _ticks, value.UtcTicks);
}

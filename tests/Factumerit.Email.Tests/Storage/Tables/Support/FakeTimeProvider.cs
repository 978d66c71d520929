namespace Factumerit.Email.Tests.Storage.Tables.Support;

/// <summary>A clock that stands still until told to move.</summary>
internal sealed class FakeTimeProvider(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

namespace Factumerit.Email.Functions.Hosting.Standalone;

/// <summary>
/// Wait between receives on an empty queue: doubles from the minimum to the maximum, and starts over when
/// messages arrive, so an idle queue costs few requests while a busy one is drained without pauses.
/// </summary>
internal sealed class PollingBackoff(TimeSpan minimum, TimeSpan maximum)
{
    private TimeSpan? _last;

    public TimeSpan Next()
    {
        _last = _last is not { } last ? minimum : last >= maximum / 2 ? maximum : last * 2;
        return _last.Value;
    }

    public void Reset() => _last = null;
}

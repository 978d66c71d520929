using Factumerit.Email.IntegrationTests.Assistant;
using Factumerit.Email.Storage.Scheduler;
using Microsoft.Extensions.DependencyInjection;

namespace Factumerit.Email.IntegrationTests.Triage;

/// <summary>
/// Days passing for the host: the clock moves to a point measured from when the test began, then the scheduler's
/// sweep runs as its timer function would. A timer due in days sits in the queue for days of real time, so in a
/// test only the sweep can bring it out, and whatever it sends was due by the host's clock.
/// </summary>
internal sealed class TriageTimeline(AssistantHarness harness, ShiftedClock clock)
{
    private TimeSpan _elapsed;

    /// <summary>Moves to <paramref name="sinceStart"/> after the test began and sweeps.</summary>
    /// <returns>How many due timers the sweep sent to be run.</returns>
    public async Task<int> AtAsync(TimeSpan sinceStart)
    {
        if (sinceStart < _elapsed)
        {
            throw new ArgumentOutOfRangeException(nameof(sinceStart), "The clock only moves forward.");
        }
        clock.Advance(sinceStart - _elapsed);
        _elapsed = sinceStart;
        var result = await harness.Services.GetRequiredService<ScheduleSweeper>().SweepAsync();
        return result.Redriven;
    }

    public static TimeSpan Days(double days) => TimeSpan.FromDays(days);

    public static TimeSpan Hours(double hours) => TimeSpan.FromHours(hours);
}

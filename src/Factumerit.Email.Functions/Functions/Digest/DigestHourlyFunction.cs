using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.Personas.Handlers.Digest;

namespace Factumerit.Email.Functions.Functions.Digest;

/// <summary>
/// Every hour at :05 UTC: sends the digest to subscribers whose local hour has come. Flex Consumption has no time-zone
/// setting, so the local hours are worked out by <see cref="DigestRunner"/>, which logs what it did.
/// </summary>
public sealed class DigestHourlyFunction(DigestRunner runner) : ITimerFunction
{
    public const string Name = "digest-hourly";

    /// <summary>Five minutes past, so a subscriber's 07:00 digest goes out at 07:05 local.</summary>
    public const string Schedule = "0 5 * * * *";

    public Task RunAsync(TimerInvocation invocation, CancellationToken cancellationToken) => runner.RunAsync(cancellationToken);
}

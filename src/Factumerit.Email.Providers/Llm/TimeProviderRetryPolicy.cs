using System.ClientModel.Primitives;

namespace Factumerit.Email.Providers.Llm;

/// <summary>
/// The library's bounded retry (408, 429, 5xx, network errors; honours retry-after) with its back-off waits taken
/// on the injected <see cref="TimeProvider"/>, so tests do not sleep and production behaves the same.
/// </summary>
internal sealed class TimeProviderRetryPolicy(int maxRetries, TimeProvider timeProvider) : ClientRetryPolicy(maxRetries)
{
    protected override Task WaitAsync(TimeSpan time, CancellationToken cancellationToken) =>
        Task.Delay(time, timeProvider, cancellationToken);

    protected override void Wait(TimeSpan time, CancellationToken cancellationToken) =>
        Task.Delay(time, timeProvider, cancellationToken).GetAwaiter().GetResult();
}

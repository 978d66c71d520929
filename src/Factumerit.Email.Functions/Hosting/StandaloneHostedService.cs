namespace Factumerit.Email.Functions.Hosting;

/// <summary>
/// Starts <typeparamref name="T"/> only in standalone mode: under the Functions host the host drives queues and
/// timers, and running our own listeners too would consume every message twice.
/// </summary>
internal sealed class StandaloneHostedService<T>(HostingMode mode, IServiceProvider services) : IHostedService
    where T : class, IHostedService
{
    private T? _inner;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!mode.RunsStandaloneTriggers)
        {
            return Task.CompletedTask;
        }
        _inner = services.GetRequiredService<T>();
        return _inner.StartAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) =>
        _inner?.StopAsync(cancellationToken) ?? Task.CompletedTask;
}

using System.Collections.Concurrent;
using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.Functions.Hosting.Standalone;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Storage.Connection;
using Factumerit.Email.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Factumerit.Email.IntegrationTests.Hosting.Standalone;

/// <summary>What a test function did, shared by every host in one test.</summary>
public sealed class FunctionProbe
{
    public Func<QueueInvocation, CancellationToken, Task> Behavior { get; set; } = (_, _) => Task.CompletedTask;

    public ConcurrentQueue<QueueInvocation> Started { get; } = new();

    public ConcurrentQueue<QueueInvocation> Completed { get; } = new();
}

/// <summary>The queue function under test: records each run and does what the test asks.</summary>
public sealed class ProbeFunction(FunctionProbe probe) : IQueueFunction
{
    public async Task RunAsync(QueueInvocation invocation, CancellationToken cancellationToken)
    {
        probe.Started.Enqueue(invocation);
        await probe.Behavior(invocation, cancellationToken);
        probe.Completed.Enqueue(invocation);
    }
}

/// <summary>Builds real hosts running the standalone listeners against Azurite, with short intervals.</summary>
public static class ListenerHarness
{
    public const string FunctionName = "probe";

    public static IHost BuildHost(AzuriteFixture azurite, string queueName, FunctionProbe probe, params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Queues:MinPollingInterval"] = "00:00:00.050",
            ["Queues:MaxPollingInterval"] = "00:00:00.250",
            ["Queues:RetryDelay"] = "00:00:00",
        });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)));
        builder.Services.AddSingleton(new QueueServiceClient(StorageConnection.Parse(azurite.ConnectionString)));
        builder.Services.AddSingleton(probe);
        builder.Services.AddQueueFunction<ProbeFunction>(FunctionName, queueName);
        builder.Services.AddStandaloneQueueListeners();
        return builder.Build();
    }

    public static QueueClient Queue(AzuriteFixture azurite, string name) =>
        new QueueServiceClient(StorageConnection.Parse(azurite.ConnectionString)).GetQueueClient(name);

    /// <summary>Waits for an outcome; the deadline only keeps a broken build from hanging, it is not asserted on.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Gave up waiting for: {what}.");
            }
            await Task.Delay(100);
        }
    }

    public static Task EventuallyAsync(Func<bool> condition, string what) =>
        EventuallyAsync(() => Task.FromResult(condition()), what);

    public static async Task<bool> IsEmptyAsync(QueueClient queue) =>
        (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0;
}

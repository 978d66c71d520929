using Factumerit.Email.Storage.Queues;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Functions.Hosting.Standalone;

/// <summary>The standalone queue trigger: one listener per queue function in the registry.</summary>
internal sealed class QueueListenerService(
    FunctionRegistry registry,
    QueueServiceClient queues,
    IServiceScopeFactory scopes,
    IOptions<StandaloneQueueOptions> options,
    TimeProvider time,
    ILogger<QueueListenerService> logger) : BackgroundService
{
    /// <summary>The Functions host's naming for the queue that receives messages that kept failing.</summary>
    public static string PoisonQueueName(string queueName) => queueName + "-poison";

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(registry.OfKind(TriggerKind.Queue).Select(f => CreateListener(f).RunAsync(stoppingToken)));

    private QueueListener CreateListener(FunctionDefinition function)
    {
        var queueName = function.Queue
            ?? throw new InvalidOperationException($"Queue function '{function.Name}' has no queue name.");
        var queue = queues.GetQueueClient(queueName);
        var poison = queues.GetQueueClient(PoisonQueueName(queueName));
        var settings = options.Value;
        var processor = new QueueMessageProcessor(function.Name, queue, poison, scopes, settings, time, logger);
        return new QueueListener(function.Name, queue, poison, processor, settings, time, logger);
    }
}

using Factumerit.Email.Scheduling;
using Factumerit.Email.Storage.Connection;
using Factumerit.Email.Storage.Queues;
using Factumerit.Email.Storage.Scheduler;
using Factumerit.Email.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Factumerit.Email.Tests.Scheduling;

/// <summary>
/// The scheduler's services over storage that cannot answer (port 1 refuses connections): a test that gets past
/// argument checks into I/O fails with a transport error, not with what it expects.
/// </summary>
internal static class SchedulerServices
{
    private static readonly StorageConnection Unreachable = StorageConnection.Parse(
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={StorageConnection.DevelopmentAccountKey};" +
        "TableEndpoint=http://127.0.0.1:1/devstoreaccount1;QueueEndpoint=http://127.0.0.1:1/devstoreaccount1");

    public static ServiceCollection Create(params (string Key, string Value)[] settings)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build());
        services.AddSingleton(new TableServiceClient(Unreachable));
        var queueOptions = new QueueClientOptions();
        queueOptions.Retry.MaxRetries = 0;
        services.AddSingleton(new QueueServiceClient(Unreachable, queueOptions));
        services.AddDurableScheduler();
        return services;
    }
}

internal sealed class NoopHandler : IScheduledActionHandler
{
    public Task HandleAsync(ScheduledAction action, CancellationToken cancellationToken) => Task.CompletedTask;
}

internal sealed class NeedsMissingServiceHandler(NeedsMissingServiceHandler.Missing missing) : IScheduledActionHandler
{
    public Task HandleAsync(ScheduledAction action, CancellationToken cancellationToken) => Task.FromResult(missing);

    internal sealed class Missing;
}

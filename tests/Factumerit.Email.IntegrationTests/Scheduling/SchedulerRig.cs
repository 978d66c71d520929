using Azure.Core;
using Azure.Core.Pipeline;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Scheduling;
using Factumerit.Email.Storage.Connection;
using Factumerit.Email.Storage.Queues;
using Factumerit.Email.Storage.Scheduler;
using Factumerit.Email.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Factumerit.Email.IntegrationTests.Scheduling;

/// <summary>
/// One scheduler worker for direct calls: the real services against Azurite, with the test's clock. Two rigs built
/// from one <see cref="SchedulerNames"/> are two workers sharing a table and a queue.
/// </summary>
internal sealed class SchedulerRig : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public SchedulerRig(AzuriteFixture azurite, SchedulerNames names, TimeProvider clock, ActionProbe probe,
        bool withHandlers = true, HttpPipelinePolicy? tablePolicy = null, params (string Key, string Value)[] settings)
    {
        var connection = StorageConnection.Parse(azurite.ConnectionString);
        var queueOptions = new QueueClientOptions();
        queueOptions.Retry.MaxRetries = 0;
        queueOptions.AddPolicy(Sends, HttpPipelinePosition.PerCall);
        var tableOptions = new TableClientOptions();
        if (tablePolicy is not null)
        {
            tableOptions.AddPolicy(tablePolicy, HttpPipelinePosition.PerCall);
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(
            new Dictionary<string, string?>
            {
                ["Scheduler:QueueName"] = names.Queue,
                ["Scheduler:TableName"] = names.Table,
                ["Scheduler:SweepGrace"] = "00:05:00",
            }.Concat(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))).Build());
        services.AddSingleton(clock);
        services.AddSingleton(new TableServiceClient(connection, tableOptions));
        services.AddSingleton(new QueueServiceClient(connection, queueOptions));
        services.AddSingleton(probe);
        services.AddDurableScheduler();
        if (withHandlers)
        {
            services.AddScheduledActionHandler<ProbeActionHandler>(ProbeActionHandler.Action);
            services.AddScheduledActionHandler<ProbeActionHandler>(ProbeActionHandler.OtherAction);
        }
        _services = services.BuildServiceProvider(validateScopes: true);
        Queue = new QueueServiceClient(connection).GetQueueClient(names.Queue);
    }

    public TimerSendRecorder Sends { get; } = new();

    public IScheduler Scheduler => _services.GetRequiredService<IScheduler>();

    public ScheduledActionRunner Runner => _services.GetRequiredService<ScheduledActionRunner>();

    public ScheduleSweeper Sweeper => _services.GetRequiredService<ScheduleSweeper>();

    internal ScheduleStore Store => _services.GetRequiredService<ScheduleStore>();

    /// <summary>The timers queue, through a client of its own.</summary>
    public QueueClient Queue { get; }

    /// <summary>Receives the one visible timer message, as a queue listener would.</summary>
    public async Task<TimerMessage> ReceiveTimerAsync()
    {
        var message = Assert.Single((await Queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5))).Value);
        await Queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
        return TimerMessage.Parse(message.MessageText);
    }

    public async Task<ScheduleState> StateAsync(string id) =>
        await Scheduler.GetAsync(id) ?? throw new InvalidOperationException($"Schedule {id} does not exist.");

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}

/// <summary>A table and a queue unique to one test.</summary>
internal sealed record SchedulerNames(string Table, string Queue)
{
    public static SchedulerNames Unique() => new(AzuriteFixture.UniqueName("schedules"), AzuriteFixture.UniqueName("timers"));
}

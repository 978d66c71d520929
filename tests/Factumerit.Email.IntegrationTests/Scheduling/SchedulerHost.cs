using Factumerit.Email.Functions.Functions.Scheduling;
using Factumerit.Email.Functions.Hosting.Standalone;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Scheduling;
using Factumerit.Email.Storage.Connection;
using Factumerit.Email.Storage.Queues;
using Factumerit.Email.Storage.Scheduler;
using Factumerit.Email.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Factumerit.Email.IntegrationTests.Scheduling;

/// <summary>
/// Real standalone workers: the timers function behind the queue listeners, on the system clock, against Azurite,
/// with short polling so real delays of a few seconds are enough.
/// </summary>
internal static class SchedulerHost
{
    public static IHost Build(AzuriteFixture azurite, SchedulerNames names, ActionProbe probe)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Queues:MinPollingInterval"] = "00:00:00.050",
            ["Queues:MaxPollingInterval"] = "00:00:00.250",
            ["Queues:RetryDelay"] = "00:00:00",
            ["Scheduler:QueueName"] = names.Queue,
            ["Scheduler:TableName"] = names.Table,
            ["Scheduler:SweepGrace"] = "00:00:00",
        });
        var connection = StorageConnection.Parse(azurite.ConnectionString);
        builder.Services.AddSingleton(new QueueServiceClient(connection));
        builder.Services.AddSingleton(new TableServiceClient(connection));
        builder.Services.AddSingleton(probe);
        builder.Services.AddStandaloneQueueListeners();
        builder.Services.AddSchedulingFunctions(names.Queue);
        builder.Services.AddDurableScheduler();
        builder.Services.AddScheduledActionHandler<ProbeActionHandler>(ProbeActionHandler.Action);
        builder.Services.AddScheduledActionHandler<ProbeActionHandler>(ProbeActionHandler.OtherAction);
        return builder.Build();
    }

    public static IScheduler Scheduler(this IHost host) => host.Services.GetRequiredService<IScheduler>();

    public static async Task<ScheduleState> StateAsync(this IHost host, string id) =>
        await host.Scheduler().GetAsync(id) ?? throw new InvalidOperationException($"Schedule {id} does not exist.");
}

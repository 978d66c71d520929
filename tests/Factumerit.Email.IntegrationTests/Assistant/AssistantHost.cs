using Factumerit.Email.Functions.Functions.Assistant;
using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.Storage.Connection;
using Factumerit.Email.Storage.Queues;
using Factumerit.Email.Storage.Tables;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Factumerit.Email.IntegrationTests.Assistant;

/// <summary>
/// The real host (Program.cs) in standalone mode: its own queue listeners run the sync and classify functions
/// against Azurite. The test's tables and queues carry unique prefixes; the timers and the functions other parts
/// of the assistant register are left out, so the test sees only what it drives.
/// </summary>
internal sealed class AssistantHost(IReadOnlyDictionary<string, string?> settings, StorageRequestCounter counter,
    Action<IServiceCollection>? services = null, IReadOnlyList<string>? alsoRunning = null)
    : WebApplicationFactory<HostingMode>
{
    private readonly string[] _running = [AssistantFunctionNames.MailboxSync, AssistantFunctionNames.Classify, .. alsoRunning ?? []];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(testServices =>
        {
            services?.Invoke(testServices);
            Keep(testServices);
        });
    }

    /// <summary>Keeps the queue functions under test (on the test's queues) and the HTTP ones; drops timers and the rest.</summary>
    private void Keep(IServiceCollection services)
    {
        var prefix = settings["Assistant:Storage:QueuePrefix"]!;
        foreach (var descriptor in services.Where(d => d.ImplementationInstance is FunctionDefinition).ToList())
        {
            var definition = (FunctionDefinition)descriptor.ImplementationInstance!;
            services.Remove(descriptor);
            if (definition.Trigger == TriggerKind.Queue && _running.Contains(definition.Name))
            {
                // The host itself reads the assistant's queues under Assistant:Storage:QueuePrefix; only other
                // modules' queues (the scheduler's) are isolated here.
                var queue = definition.Queue!;
                var bare = queue.StartsWith(prefix, StringComparison.Ordinal) ? queue[prefix.Length..] : queue;
                services.AddSingleton(AssistantQueuePrefix.Governs(bare) ? definition : definition with { Queue = prefix + queue });
            }
            else if (definition.Trigger == TriggerKind.Http)
            {
                services.AddSingleton(definition);
            }
        }
        services.RemoveAll<TableServiceClient>();
        services.RemoveAll<QueueServiceClient>();
        services.AddSingleton(sp => new TableServiceClient(sp.GetRequiredService<StorageConnection>(), WithCounter(new TableClientOptions())));
        services.AddSingleton(sp => new QueueServiceClient(sp.GetRequiredService<StorageConnection>(), WithCounter(new QueueClientOptions())));
    }

    private T WithCounter<T>(T options)
        where T : Azure.Core.ClientOptions
    {
        options.AddPolicy(counter, Azure.Core.HttpPipelinePosition.PerCall);
        return options;
    }
}

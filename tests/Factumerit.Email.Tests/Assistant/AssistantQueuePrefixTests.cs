using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.Functions.Functions;
using Factumerit.Email.Functions.Functions.Assistant;
using Factumerit.Email.Functions.Functions.Inbound;
using Factumerit.Email.Functions.Functions.Scheduling;
using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.Functions.Hosting.FunctionJson;
using Factumerit.Email.Recruiting.Sync;
using Factumerit.Email.Storage.Stores.Assistant;
using Factumerit.Email.Triage.Organize;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Tests.Assistant;

public sealed class AssistantQueuePrefixTests
{
    private static IConfiguration Settings(string? prefix) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { [AssistantQueuePrefix.Setting] = prefix })
        .Build();

    [Fact]
    public void The_production_functions_read_the_assistant_queues_under_the_configured_prefix()
    {
        var registry = FunctionCatalog.BuildRegistry(Settings("blue-"));

        var queues = registry.OfKind(TriggerKind.Queue).ToDictionary(f => f.Queue!, f => f.Name);
        foreach (var queue in new[] { AssistantQueues.MailboxSync, AssistantQueues.Classify, AssistantQueues.Draft, AssistantQueues.Rework,
            AssistantQueues.ManualDraft, AssistantQueues.Done, AssistantQueues.SentCheck, AssistantQueues.Retriage, AssistantQueues.TriageLabelChange,
            RecruitingSyncRequested.Queue, OrganizeRequested.Queue })
        {
            Assert.True(queues.ContainsKey("blue-" + queue), $"no function reads blue-{queue}");
            Assert.False(queues.ContainsKey(queue), $"a function still reads the unprefixed {queue}");
        }
        // Other modules' queues have settings of their own.
        Assert.Equal(InboundQueues.Inbound, registry.Find(InboundWorkerFunction.Name)!.Queue);
        Assert.Equal("timers", registry.Find(SchedulingFunctions.TimersFunctionName)!.Queue);
    }

    [Fact]
    public void The_generated_function_json_carries_the_prefix()
    {
        var files = FunctionJsonGenerator.Render(FunctionCatalog.BuildRegistry(Settings("blue-")));

        Assert.Contains("\"queueName\": \"blue-classify\"", files["classify-email"], StringComparison.Ordinal);
        Assert.Contains("\"queueName\": \"classify\"", FunctionJsonGenerator.Render(FunctionCatalog.BuildRegistry())["classify-email"],
            StringComparison.Ordinal);
    }

    [Fact]
    public void Start_up_fails_when_the_stores_and_the_functions_disagree_on_the_prefix()
    {
        var services = new ServiceCollection().AddSingleton(FunctionCatalog.BuildRegistry(Settings("blue-")));
        AssistantQueuePrefix.Apply(services, Settings("blue-"));
        services.AddOptions<AssistantStorageOptions>().Configure(o => o.QueuePrefix = "green-");
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<AssistantStorageOptions>>().Value);

        Assert.Contains("blue-classify", error.Message, StringComparison.Ordinal);
    }
}

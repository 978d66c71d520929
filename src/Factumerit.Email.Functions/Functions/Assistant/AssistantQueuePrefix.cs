using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.Recruiting.Sync;
using Factumerit.Email.Triage.Organize;
using Factumerit.Email.Storage.Stores.Assistant;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Functions.Functions.Assistant;

/// <summary>
/// <c>Assistant:Storage:QueuePrefix</c> on the reading side. The assistant's senders (and the recruiting module's,
/// which shares its storage names) put the prefix before every queue name, so the queue functions must read the
/// prefixed queues too: in standalone mode through the registry, in the Functions host through the function.json
/// files generated from it (run <c>generate-function-json</c> with the deployment's prefix set).
/// </summary>
public static class AssistantQueuePrefix
{
    public const string Setting = AssistantStorageOptions.SectionName + ":QueuePrefix";

    private static readonly HashSet<string> Governed = new(StringComparer.Ordinal)
    {
        AssistantQueues.MailboxSync, AssistantQueues.Classify, AssistantQueues.Draft, AssistantQueues.Rework,
        AssistantQueues.ManualDraft, AssistantQueues.Done, AssistantQueues.SentCheck, AssistantQueues.Retriage,
        AssistantQueues.TriageLabelChange, RecruitingSyncRequested.Queue, OrganizeRequested.Queue,
    };

    /// <summary>Whether the queue's name takes the assistant's prefix (its own, triage's and the recruiting module's queues).</summary>
    public static bool Governs(string queue) => Governed.Contains(queue);

    /// <summary>
    /// Rewrites the registered queue functions that read an assistant queue to read it under the configured prefix,
    /// and fails start-up if the stores' prefix and the functions' queues ever disagree.
    /// </summary>
    public static IServiceCollection Apply(IServiceCollection services, IConfiguration? configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        var prefix = configuration?[Setting] ?? "";
        if (prefix.Length > 0)
        {
            var governed = services
                .Where(d => d.ImplementationInstance is FunctionDefinition { Trigger: TriggerKind.Queue, Queue: { } q } && Governs(q))
                .ToList();
            foreach (var descriptor in governed)
            {
                var definition = (FunctionDefinition)descriptor.ImplementationInstance!;
                services.Remove(descriptor);
                services.AddSingleton(definition with { Queue = prefix + definition.Queue });
            }
        }
        services.AddSingleton<IValidateOptions<AssistantStorageOptions>, QueuesMatchFunctions>();
        return services;
    }

    private sealed class QueuesMatchFunctions(FunctionRegistry registry) : IValidateOptions<AssistantStorageOptions>
    {
        public ValidateOptionsResult Validate(string? name, AssistantStorageOptions options) =>
            registry.Find(AssistantFunctionNames.Classify)?.Queue is { } queue && queue != options.Queue(AssistantQueues.Classify)
                ? ValidateOptionsResult.Fail(
                    $"{Setting} is '{options.QueuePrefix}', but the {AssistantFunctionNames.Classify} function reads queue '{queue}'.")
                : ValidateOptionsResult.Success;
    }
}

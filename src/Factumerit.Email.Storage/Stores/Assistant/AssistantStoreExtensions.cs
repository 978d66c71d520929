using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Audit;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Llm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Factumerit.Email.Storage.Stores.Assistant;

public static class AssistantStoreExtensions
{
    /// <summary>
    /// The Gmail assistant's tables and queues: <see cref="IMailboxStore"/>, <see cref="IAssistantEmailStore"/>,
    /// <see cref="IAssistantEventLog"/>, <see cref="IAssistantQueue"/>, and <see cref="LlmAuditStore"/> as THE
    /// <see cref="ILlmAuditSink"/> (replacing the no-op one). Needs <c>AddEmailStorage</c>.
    /// </summary>
    public static IServiceCollection AddAssistantStores(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AssistantStorageOptions>()
            .Bind(configuration.GetSection(AssistantStorageOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AssistantTables>();
        services.TryAddSingleton<MailboxStore>();
        services.TryAddSingleton<IMailboxStore>(sp => sp.GetRequiredService<MailboxStore>());
        services.TryAddSingleton<AssistantEmailStore>();
        services.TryAddSingleton<IAssistantEmailStore>(sp => sp.GetRequiredService<AssistantEmailStore>());
        services.TryAddSingleton<AssistantEventStore>();
        services.TryAddSingleton<IAssistantEventLog>(sp => sp.GetRequiredService<AssistantEventStore>());
        services.TryAddSingleton<IAssistantQueue, AssistantQueueSender>();
        services.TryAddSingleton<LlmAuditStore>();
        services.RemoveAll<ILlmAuditSink>();
        services.AddSingleton<ILlmAuditSink>(sp => sp.GetRequiredService<LlmAuditStore>());
        return services;
    }
}

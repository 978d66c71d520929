using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Classification;
using Factumerit.Email.Assistant.Eval;
using Factumerit.Email.Assistant.Gmail;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Assistant.Sync;
using Factumerit.Email.Lifecycle;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Providers.Assistant;

public static class AssistantServiceExtensions
{
    /// <summary>
    /// The classifier alone (rule tier, LLM tier, styles): what <c>factumerit classify</c> and <c>eval</c> need.
    /// Needs <c>AddLlm</c>.
    /// </summary>
    public static IServiceCollection AddEmailClassifier(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AssistantOptions>()
            .Bind(configuration.GetSection(AssistantOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => StyleCatalog.Load(sp.GetRequiredService<IOptions<AssistantOptions>>().Value.StylesFile));
        services.TryAddSingleton<ITriageHook>(NullTriageHook.Instance);
        services.TryAddSingleton<LlmClassifier>();
        services.TryAddSingleton<EmailClassifier>();
        services.TryAddSingleton<ClassificationEval>();
        return services;
    }

    /// <summary>
    /// The Gmail assistant's services: connecting mailboxes, push intake, sync, classification and
    /// reclassification, over the Gmail provider. Needs <c>AddGmail</c>, <c>AddLlm</c> and the assistant stores.
    /// </summary>
    public static IServiceCollection AddGmailAssistant(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddEmailClassifier(configuration);
        services.AddOptions<GmailWatchOptions>().Bind(configuration.GetSection(GmailWatchOptions.SectionName));
        services.TryAddSingleton<MailboxGmailClients>();
        services.TryAddSingleton<IAssistantGmailFactory, AssistantGmailFactory>();
        services.TryAddSingleton<MailboxConnector>();
        services.TryAddSingleton<SyncRequests>();
        services.TryAddSingleton<MailboxSyncService>();
        services.TryAddSingleton<EmailClassificationService>();
        services.TryAddSingleton<ReclassificationService>();
        services.RemoveAll<IReclassifier>();
        services.AddSingleton<IReclassifier, LifecycleReclassifier>();
        return services;
    }
}

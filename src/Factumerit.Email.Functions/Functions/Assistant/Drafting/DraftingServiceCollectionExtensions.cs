using Factumerit.Email.Assistant.Classification;
using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.Drafting;
using Factumerit.Email.Drafting.Context;
using Factumerit.Email.Drafting.Mail;
using Factumerit.Email.Drafting.Styles;
using Factumerit.Email.Functions.Functions.Assistant.Drafting.Gmail;
using Factumerit.Email.Functions.Functions.Assistant.Lifecycle;
using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.Lifecycle;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Functions.Functions.Assistant.Drafting;

public static class DraftingServiceCollectionExtensions
{
    /// <summary>
    /// The drafting and lifecycle services: section "Drafting" (the styles file, checked at start-up), the Gmail
    /// mailbox adapter, and the draft, rework, manual-draft, Done, sent-check and retriage services. The assistant
    /// email store, the event log, the reclassifier and <see cref="IGmailMailboxClients"/> come from the ingest side
    /// (<c>AddGmailAssistantHost</c>); without them the container does not validate.
    /// </summary>
    public static IServiceCollection AddAssistantDrafting(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<DraftingOptions>().BindConfiguration(DraftingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<DraftingOptions>, DraftingOptionsResolver>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DraftingOptions>, DraftingOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => CommunicationStylesLoader.Load(sp.GetRequiredService<IOptions<DraftingOptions>>().Value.StylesFile));
        // One styles file for the whole assistant: the classifier offers the LLM the names the drafter can write.
        services.Replace(ServiceDescriptor.Singleton(sp => new StyleCatalog(sp.GetRequiredService<CommunicationStyles>().Names)));
        services.TryAddSingleton<IAssistantMailboxes, GmailAssistantMailboxes>();
        services.TryAddScoped<ContextGatherer>();
        services.TryAddScoped<DraftGenerator>();
        services.TryAddScoped<DraftWriter>();
        services.TryAddScoped<DraftService>();
        services.TryAddScoped<ReworkService>();
        services.TryAddScoped<ManualDraftService>();
        services.TryAddScoped<DoneService>();
        services.TryAddScoped<SentDetectionService>();
        services.TryAddScoped<WaitingRetriageService>();
        return services;
    }

    /// <summary>The six queue functions of drafting and the lifecycle, one per assistant queue.</summary>
    public static IServiceCollection AddAssistantDraftingFunctions(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddQueueFunction<DraftFunction>(DraftFunction.Name, AssistantQueues.Draft);
        services.AddQueueFunction<ReworkFunction>(ReworkFunction.Name, AssistantQueues.Rework);
        services.AddQueueFunction<ManualDraftFunction>(ManualDraftFunction.Name, AssistantQueues.ManualDraft);
        services.AddQueueFunction<DoneFunction>(DoneFunction.Name, AssistantQueues.Done);
        services.AddQueueFunction<SentCheckFunction>(SentCheckFunction.Name, AssistantQueues.SentCheck);
        services.AddQueueFunction<RetriageFunction>(RetriageFunction.Name, AssistantQueues.Retriage);
        return services;
    }
}

using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.Functions.Api;
using Factumerit.Email.Functions.Functions.Assistant.Drafting.Gmail;
using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.Functions.Webhooks;
using Factumerit.Email.Providers.Assistant;
using Factumerit.Email.Storage.Stores.Assistant;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Factumerit.Email.Functions.Functions.Assistant;

/// <summary>The first half of the Gmail assistant: push intake, sync, classification, timers and the operator endpoint.</summary>
public static class AssistantFunctions
{
    /// <summary>The function definitions (for both hosting modes and function.json).</summary>
    public static IServiceCollection Register(IServiceCollection services)
    {
        services.AddHttpFunction(AssistantFunctionNames.GmailWebhook, GmailWebhookEndpoint.Route, "post");
        services.AddHttpFunction(AssistantFunctionNames.Reclassify, ReclassifyEndpoint.Route, "post");
        services.AddQueueFunction<MailboxSyncFunction>(AssistantFunctionNames.MailboxSync, AssistantQueues.MailboxSync);
        services.AddQueueFunction<ClassifyEmailFunction>(AssistantFunctionNames.Classify, AssistantQueues.Classify);
        services.AddTimerFunction<GmailPollFunction>(AssistantFunctionNames.Poll, AssistantFunctionNames.PollSchedule);
        services.AddTimerFunction<GmailWatchRenewalFunction>(AssistantFunctionNames.WatchRenewal, AssistantFunctionNames.WatchRenewalSchedule);
        return services;
    }

    /// <summary>
    /// The services behind them: stores, the Gmail adapter, the classifier. Needs AddGmail and AddLlm. Also what the
    /// drafting side takes from this one: the email store, the event log, the reclassifier and Gmail clients for
    /// connected mailboxes.
    /// </summary>
    public static IServiceCollection AddGmailAssistantHost(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAssistantStores(configuration);
        services.AddGmailAssistant(configuration);
        services.AddAdminApiKey(configuration);
        services.TryAddSingleton<IGmailMailboxClients, StoredMailboxClients>();
        return services;
    }

    public static WebApplication MapGmailAssistantEndpoints(this WebApplication app)
    {
        app.MapGmailWebhook();
        app.MapReclassifyEndpoint();
        return app;
    }
}

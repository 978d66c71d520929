using Factumerit.Email.Providers.Assistant;
using Factumerit.Email.Providers.Gmail;
using Factumerit.Email.Providers.Llm;
using Factumerit.Email.Storage;
using Factumerit.Email.Storage.Stores.Assistant;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Cli.Mailbox;

/// <summary>
/// The services the assistant commands need, configured by the same setting names as the app
/// (<c>AzureWebJobsStorage</c>, <c>Gmail__*</c>, <c>Llm__*</c>, <c>Assistant__*</c>) from the environment.
/// </summary>
internal static class AssistantCliServices
{
    /// <summary>The classifier only (rule tier + the configured LLM), for classify and eval.</summary>
    public static ServiceProvider Classifier(IConfiguration configuration) => Build(configuration, services => services
        .AddLlm(configuration)
        .AddEmailClassifier(configuration));

    /// <summary>Everything for managing mailboxes: storage, Gmail, the connector.</summary>
    public static ServiceProvider Mailboxes(IConfiguration configuration) => Build(configuration, services => services
        .AddEmailStorage(configuration)
        .AddGmail(configuration)
        .AddLlm(configuration)
        .AddAssistantStores(configuration)
        .AddGmailAssistant(configuration));

    private static ServiceProvider Build(IConfiguration configuration, Action<IServiceCollection> add)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(configuration);
        add(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        // What the host checks at start-up, checked here so a bad setting is named before any work.
        foreach (var validator in provider.GetServices<IStartupValidator>())
        {
            validator.Validate();
        }
        return provider;
    }
}

using System.CommandLine;
using Factumerit.Email.Providers.Assistant;
using Factumerit.Email.Providers.Gmail;
using Factumerit.Email.Providers.Llm;
using Factumerit.Email.Providers.Recruiting;
using Factumerit.Email.Storage;
using Factumerit.Email.Storage.Stores.Assistant;
using Factumerit.Email.Storage.Stores.Recruiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Cli.Recruiting;

/// <summary><c>factumerit recruiting …</c>: the recruiting module's operator commands.</summary>
internal static class RecruitingCommands
{
    public static Command Create(Func<IConfiguration> configuration)
    {
        var recruiting = new Command("recruiting", "Recruiting signals and leads for connected mailboxes.");
        recruiting.Add(RecruitingSyncCommand.Create(configuration));
        return recruiting;
    }

    /// <summary>Storage, Gmail, the LLM and the recruiting module, configured from the same settings as the app.</summary>
    public static ServiceProvider Services(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(configuration);
        services.AddEmailStorage(configuration)
            .AddGmail(configuration)
            .AddLlm(configuration)
            .AddAssistantStores(configuration)
            .AddGmailAssistant(configuration)
            .AddRecruitingStores()
            .AddRecruiting(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        foreach (var validator in provider.GetServices<IStartupValidator>())
        {
            validator.Validate();
        }
        return provider;
    }
}

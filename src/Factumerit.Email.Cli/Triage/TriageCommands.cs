using System.CommandLine;
using Factumerit.Email.Storage;
using Factumerit.Email.Storage.Stores.Assistant;
using Factumerit.Email.Storage.Stores.Triage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Cli.Triage;

/// <summary><c>factumerit triage …</c>: what topic triage decided for connected mailboxes.</summary>
internal static class TriageCommands
{
    public static Command Create(Func<IConfiguration> configuration)
    {
        var triage = new Command("triage", "Topic triage of connected mailboxes.");
        triage.Add(TriageLogCommand.Create(configuration));
        triage.Add(TriageOrganizeCommand.Create(configuration));
        return triage;
    }

    /// <summary>Storage only: the mailboxes and triage's table, named by the same settings as the app.</summary>
    public static ServiceProvider Services(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(configuration);
        services.AddEmailStorage(configuration)
            .AddAssistantStores(configuration)
            .AddTriageStore();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        foreach (var validator in provider.GetServices<IStartupValidator>())
        {
            validator.Validate();
        }
        return provider;
    }
}

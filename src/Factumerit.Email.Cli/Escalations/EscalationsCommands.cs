using System.CommandLine;
using Factumerit.Email.Personas.Handlers.Support;
using Factumerit.Email.Storage.Connection;
using Factumerit.Email.Storage.Stores.Personas;
using Factumerit.Email.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Factumerit.Email.Cli.Escalations;

/// <summary>
/// <c>factumerit escalations …</c>: the support persona's hand-overs. <c>list</c> shows the ones nobody has picked up;
/// <c>ack &lt;threadId&gt;</c> marks one picked up, so its <c>escalation_timeout</c> reminder is not sent.
/// </summary>
internal static class EscalationsCommands
{
    public static Command Create()
    {
        var escalations = new Command("escalations", "List and acknowledge support escalations.");
        escalations.Add(EscalationsListCommand.Create());
        escalations.Add(EscalationsAckCommand.Create());
        return escalations;
    }

    /// <summary>The storage connection: <c>--storage</c>, else the <c>AzureWebJobsStorage</c> environment variable.</summary>
    public static Option<string?> StorageOption() => new("--storage")
    {
        Description = "Storage connection string; defaults to the AzureWebJobsStorage environment variable.",
    };

    public static Option<string?> TableOption() => new("--table")
    {
        Description = $"Escalations table; defaults to PersonaStores__EscalationsTable or '{new PersonaStoreOptions().EscalationsTable}'.",
    };

    /// <returns>Null (after writing why) when no connection is configured.</returns>
    public static IEscalationStore? OpenStore(ParseResult parseResult, Option<string?> storage, Option<string?> table)
    {
        var connection = parseResult.GetValue(storage) ?? Environment.GetEnvironmentVariable("AzureWebJobsStorage");
        if (string.IsNullOrWhiteSpace(connection))
        {
            parseResult.InvocationConfiguration.Error.WriteLine("No storage: pass --storage or set AzureWebJobsStorage.");
            return null;
        }
        var settings = new Dictionary<string, string?>();
        var name = parseResult.GetValue(table) ?? Environment.GetEnvironmentVariable("PersonaStores__EscalationsTable");
        if (!string.IsNullOrWhiteSpace(name))
        {
            settings["PersonaStores:EscalationsTable"] = name;
        }
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddSingleton(new TableServiceClient(StorageConnection.Parse(connection)));
        services.AddPersonaHandlerStores();
        return services.BuildServiceProvider().GetRequiredService<IEscalationStore>();
    }
}

using System.CommandLine;
using Azure;
using Factumerit.Email.Inbound;
using Factumerit.Email.Storage;
using Factumerit.Email.Storage.Connection;
using Factumerit.Email.Storage.Stores;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Cli.Storage;

/// <summary>
/// The stores, reached the way the host reaches them: <c>AzureWebJobsStorage</c> (default
/// <c>UseDevelopmentStorage=true</c>) and <c>Inbound__Tables__*</c> from the environment, overridable per command.
/// </summary>
internal static class CliStorage
{
    public static Option<string?> StorageOption() => new("--storage")
    {
        Description = "Storage connection string (default: AzureWebJobsStorage, else UseDevelopmentStorage=true).",
    };

    public static Option<string?> TableOption(string which) => new("--table")
    {
        Description = $"The {which} table (default: Inbound__Tables__… from the environment, else the host's default).",
    };

    public static ServiceProvider Build(string? storage, Action<InboundTableNames>? tables = null)
    {
        var settings = new Dictionary<string, string?>();
        if (!string.IsNullOrWhiteSpace(storage))
        {
            settings[StorageOptions.Setting] = storage;
        }
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddEmailStorage(configuration);
        services.AddOptions<InboundOptions>()
            .Bind(configuration.GetSection(InboundOptions.SectionName))
            .PostConfigure(options => tables?.Invoke(options.Tables));
        services.AddPersonaStores();
        return services.BuildServiceProvider();
    }

    /// <summary>Runs a command against storage, turning unreachable or misconfigured storage into a message and exit 3.</summary>
    public static async Task<int> RunAsync(ParseResult parseResult, Option<string?> storage, Action<InboundTableNames>? tables,
        Func<IServiceProvider, Task<int>> run)
    {
        var error = parseResult.InvocationConfiguration.Error;
        try
        {
            await using var provider = Build(parseResult.GetValue(storage), tables);
            return await run(provider);
        }
        catch (Exception ex) when (ex is OptionsValidationException or ArgumentException)
        {
            await error.WriteLineAsync(ex.Message);
            return ExitCodes.Invalid;
        }
        catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or AggregateException)
        {
            await error.WriteLineAsync($"storage: {ex.Message.Split('\n')[0]}");
            return ExitCodes.Unavailable;
        }
    }
}

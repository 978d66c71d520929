using Factumerit.Email.Inbound;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Storage.Connection;
using Factumerit.Email.Storage.Queues;
using Factumerit.Email.Storage.Stores;
using Factumerit.Email.Storage.Stores.Personas;
using Factumerit.Email.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.IntegrationTests.Personas.Stores;

/// <summary>The persona stores as the host registers them, on tables unique to one test.</summary>
internal sealed class PersonaStoreRig : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public PersonaStoreRig(AzuriteFixture azurite, PersonaClock? clock = null)
    {
        Clock = clock ?? new PersonaClock();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(TableNames).Build());
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(new TableServiceClient(StorageConnection.Parse(azurite.ConnectionString)));
        services.AddSingleton(new QueueServiceClient(StorageConnection.Parse(azurite.ConnectionString)));
        AddInboundStores(services);
        services.AddPersonaHandlerStores();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public PersonaClock Clock { get; }

    /// <summary>This rig's table names, by configuration key.</summary>
    public Dictionary<string, string?> TableNames { get; } = Settings();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Unique table names for one test, in the configuration keys the host reads.</summary>
    public static Dictionary<string, string?> Settings() => new()
    {
        ["PersonaStores:TasksTable"] = AzuriteFixture.UniqueName("tasks"),
        ["PersonaStores:RemindersTable"] = AzuriteFixture.UniqueName("reminders"),
        ["PersonaStores:EscalationsTable"] = AzuriteFixture.UniqueName("escalations"),
        ["PersonaStores:OnboardingTable"] = AzuriteFixture.UniqueName("onboarding"),
        ["PersonaStores:DigestTable"] = AzuriteFixture.UniqueName("digest"),
    };

    /// <summary>
    /// The pipeline's own stores (users, outbox and its queue, audit log) on tables and a queue unique to one test,
    /// as the host registers them. Needs the table and queue service clients.
    /// </summary>
    public static InboundOptions AddInboundStores(IServiceCollection services)
    {
        var names = new InboundOptions { OutboundQueue = AzuriteFixture.UniqueName("outbound") };
        names.Tables.Outbox = AzuriteFixture.UniqueName("outbox");
        names.Tables.Users = AzuriteFixture.UniqueName("users");
        names.Tables.Audit = AzuriteFixture.UniqueName("audit");
        services.AddSingleton(Options.Create(names));
        services.AddPersonaStores();
        return names;
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}

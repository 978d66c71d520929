using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Storage.Connection;
using Factumerit.Email.Storage.Stores.Personas;
using Factumerit.Email.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

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
        services.AddSingleton<Factumerit.Email.Personas.Handlers.Digest.IPersonaActivitySource>(new Doubles.FixedActivity());
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

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}

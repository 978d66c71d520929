using Factumerit.Email.Inbound;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Storage;
using Factumerit.Email.Storage.Stores;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Factumerit.Email.IntegrationTests.Stores;

/// <summary>The persona stores over Azurite, each test with its own tables and queues.</summary>
internal sealed class TestStores : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    public TestStores(AzuriteFixture azurite)
    {
        var prefix = AzuriteFixture.UniqueName("s");
        Options = new InboundOptions
        {
            InboundQueue = AzuriteFixture.UniqueName("inbound"),
            OutboundQueue = AzuriteFixture.UniqueName("outbound"),
            Tables = new InboundTableNames
            {
                Deliveries = prefix + "deliveries", Messages = prefix + "messages", Threads = prefix + "threads",
                SenderLimits = prefix + "limits", Outbox = prefix + "outbox", Users = prefix + "users", Audit = prefix + "audit",
                SamplesReceived = prefix + "samples",
            },
        };
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = azurite.ConnectionString })
            .Build();
        var services = new ServiceCollection();
        services.AddEmailStorage(configuration);
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(Options));
        services.AddPersonaStores();
        _provider = services.BuildServiceProvider();
    }

    public InboundOptions Options { get; }

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    /// <summary>A fresh scope's instance, for scoped stores such as the thread store.</summary>
    public T Scoped<T>()
        where T : notnull => _provider.CreateScope().ServiceProvider.GetRequiredService<T>();

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}

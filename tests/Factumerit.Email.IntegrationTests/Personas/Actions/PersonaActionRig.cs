using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.IntegrationTests.Personas.Stores;
using Factumerit.Email.Mail;
using Factumerit.Email.Personas;
using Factumerit.Email.Providers.Llm;
using Factumerit.Email.Scheduling;
using Factumerit.Email.Storage.Connection;
using Factumerit.Email.Storage.Queues;
using Factumerit.Email.Storage.Scheduler;
using Factumerit.Email.Storage.Stores.Outbox;
using Factumerit.Email.Storage.Stores.Personas;
using Factumerit.Email.Storage.Tables;
using Factumerit.Email.Users;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Factumerit.Email.IntegrationTests.Personas.Actions;

/// <summary>
/// The personas with the real durable scheduler and table stores on Azurite, the test's clock, the LLM switched off
/// (so the documented fallbacks answer), and the inbound pipeline's own stores (users, outbox, audit) on Azurite too.
/// </summary>
internal sealed class PersonaActionRig : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public PersonaActionRig(AzuriteFixture azurite)
    {
        var connection = StorageConnection.Parse(azurite.ConnectionString);
        var settings = PersonaStoreRig.Settings();
        settings["Scheduler:TableName"] = AzuriteFixture.UniqueName("schedules");
        settings["Scheduler:QueueName"] = AzuriteFixture.UniqueName("timers");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(new TableServiceClient(connection));
        services.AddSingleton(new QueueServiceClient(connection));
        PersonaStoreRig.AddInboundStores(services);
        services.AddLlm(configuration);
        services.AddDurableScheduler();
        services.AddPersonaHandlerStores();
        services.AddPersonaHandlers();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public PersonaClock Clock { get; } = new(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero));

    /// <summary>Everything queued to send, from the real outbox table.</summary>
    public async Task<IReadOnlyList<(string Key, OutboundEmail Email)>> OutboxAsync() =>
        [.. (await _services.GetRequiredService<OutboxStore>().ListAsync()).Select(item => (item.Key, item.Email))];

    public IScheduler Scheduler => _services.GetRequiredService<IScheduler>();

    public IUserDirectory Users => _services.GetRequiredService<IUserDirectory>();

    /// <summary>Delivers the schedule's timer message, as the timers queue would once its delay ran out.</summary>
    public Task<TimerOutcome> FireAsync(string scheduleId, DateTimeOffset dueAt) =>
        _services.GetRequiredService<ScheduledActionRunner>().FireAsync(new TimerMessage(scheduleId, dueAt));

    public IEmailHandler Handler(string name) => Scope().GetRequiredKeyedService<IEmailHandler>(name);

    public T Get<T>() where T : notnull => Scope().GetRequiredService<T>();

    private IServiceProvider Scope() => _services.CreateScope().ServiceProvider;

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}

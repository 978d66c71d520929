using Factumerit.Email.Functions.Functions.Scheduling;
using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.IntegrationTests.Fakes.Llm;
using Factumerit.Email.IntegrationTests.Fakes.Resend;
using Factumerit.Email.IntegrationTests.Inbound;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.IntegrationTests.Personas.Stores;
using Factumerit.Email.Storage.Scheduler;
using Factumerit.Email.Storage.Stores.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Factumerit.Email.IntegrationTests.Personas.EndToEnd;

/// <summary>
/// The real host with the real persona handlers, standalone listeners, the fake Resend and LLM servers, and Azurite;
/// every table and queue unique to the test. The clock's "now" moves only when the test says so (delays stay real),
/// so a reminder two hours out is reached by moving the clock and letting the scheduler's sweep re-drive it.
/// </summary>
internal sealed class PersonaWorld : IAsyncDisposable
{
    private PersonaWorld(FakeResendServer resend, FakeLlmServer llm, PersonaHost host, PersonaClock clock)
    {
        Resend = resend;
        Llm = llm;
        Host = host;
        Clock = clock;
        Driver = new PipelineDriver(host, resend);
    }

    public FakeResendServer Resend { get; }
    public FakeLlmServer Llm { get; }
    public PersonaHost Host { get; }
    public PersonaClock Clock { get; }
    public PipelineDriver Driver { get; }

    public static async Task<PersonaWorld> StartAsync(AzuriteFixture azurite, IReadOnlyDictionary<string, string?>? extraSettings = null)
    {
        var resend = await FakeResendServer.StartAsync();
        var llm = await FakeLlmServer.StartAsync();
        var clock = new PersonaClock(DateTimeOffset.UtcNow);
        var timers = AzuriteFixture.UniqueName("timers");
        var settings = PersonaStoreRig.Settings();
        settings["Scheduler:QueueName"] = timers;
        settings["Scheduler:TableName"] = AzuriteFixture.UniqueName("schedules");
        settings["Scheduler:SweepGrace"] = "00:00:00";
        settings["Llm:Endpoint"] = llm.Endpoint.ToString();
        settings["Llm:ApiKey"] = llm.ApiKey;
        settings["Llm:Model"] = "persona-test";
        settings["Llm:MaxRetries"] = "0";
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        var host = new PersonaHost(azurite, resend, PersonaRouting.Write(), registerHandler: false, settings: settings, services: services =>
        {
            foreach (var production in services.Where(d => d.ImplementationInstance is FunctionDefinition { Name: SchedulingFunctions.TimersFunctionName }).ToList())
            {
                services.Remove(production);
            }
            services.AddSingleton(new FunctionDefinition(SchedulingFunctions.TimersFunctionName, TriggerKind.Queue, Queue: timers));
            services.AddSingleton<TimeProvider>(clock);
        });
        var world = new PersonaWorld(resend, llm, host, clock);
        _ = host.Server;
        return world;
    }

    /// <summary>Mail the fake Resend accepted for <paramref name="address"/>.</summary>
    public IReadOnlyList<FakeSentEmail> SentTo(string address) =>
        Resend.SentEmails.Where(e => e.To.Any(to => to.Contains(address, StringComparison.OrdinalIgnoreCase))).ToList();

    /// <summary>Moves the clock past due times and re-drives the overdue schedules, as the every-minute sweep would.</summary>
    public async Task AdvanceAndSweepAsync(TimeSpan by)
    {
        Clock.Advance(by);
        await Driver.Service<ScheduleSweeper>().SweepAsync();
    }

    public Task WaitForMailAsync(string address, int count, string what) =>
        Driver.WaitUntilAsync(() => Task.FromResult(SentTo(address).Count >= count), what);

    /// <summary>Waits until nothing queued in the outbox is still waiting to be sent.</summary>
    public Task WaitForOutboxAsync() => Driver.WaitUntilAsync(
        async () => (await Driver.Outbox()).All(item => OutboxStatus.IsFinal(item.Status)), "the outbox to drain");

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Llm.DisposeAsync();
        await Resend.DisposeAsync();
    }
}

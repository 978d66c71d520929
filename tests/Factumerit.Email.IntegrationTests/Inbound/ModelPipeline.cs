using Factumerit.Email.IntegrationTests.Fakes.Llm;
using Factumerit.Email.IntegrationTests.Fakes.Resend;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.IntegrationTests.Personas;
using Factumerit.Email.IntegrationTests.Personas.EndToEnd;
using Factumerit.Email.IntegrationTests.Personas.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace Factumerit.Email.IntegrationTests.Inbound;

/// <summary>
/// The real host with the real persona handlers, the fake Resend and model servers and a clock that moves only when
/// the test says so. Custom-handler mode: no listener runs, the test delivers each queue message itself, so it
/// decides which runs overlap.
/// </summary>
internal sealed class ModelPipeline : IAsyncDisposable
{
    public const string Worker = "inbound-worker";
    public const string Sender = "outbound-sender";

    private ModelPipeline(FakeResendServer resend, FakeLlmServer llm, PersonaHost host, PersonaClock clock)
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

    public static async Task<ModelPipeline> StartAsync(AzuriteFixture azurite)
    {
        var resend = await FakeResendServer.StartAsync();
        var llm = await FakeLlmServer.StartAsync();
        var clock = new PersonaClock(DateTimeOffset.UtcNow);
        var settings = PersonaStoreRig.Settings();
        settings["Llm:Endpoint"] = llm.Endpoint.ToString();
        settings["Llm:ApiKey"] = llm.ApiKey;
        settings["Llm:Model"] = "persona-test";
        settings["Llm:MaxRetries"] = "0";
        var host = new PersonaHost(azurite, resend, PersonaRouting.Write(), customHandler: true, registerHandler: false,
            settings: settings, services: services => services.AddSingleton<TimeProvider>(clock));
        return new ModelPipeline(resend, llm, host, clock);
    }

    /// <summary>How many times the worker acknowledged a message for <paramref name="emailId"/> because another run held it.</summary>
    public int TurnedAway(string emailId) =>
        Host.Log.Entries.Count(e => e.Contains($"Email {emailId} is being handled by another run", StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Llm.DisposeAsync();
        await Resend.DisposeAsync();
    }
}

using Factumerit.Email.Functions.Functions.Inbound;
using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.Inbound;
using Factumerit.Email.IntegrationTests.Fakes.Resend;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Personas;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.IntegrationTests.Inbound;

/// <summary>
/// The real host (Program.cs) for one test: its own tables and queues on Azurite, Resend pointed at a fake, and the
/// <c>support</c> handler played by <see cref="ScriptedHandler"/>. Standalone by default, so the queue listeners run
/// the pipeline end to end; custom-handler mode runs no listeners, which the webhook and counting tests want.
/// </summary>
internal sealed class PersonaHost : WebApplicationFactory<HostingMode>
{
    public const string WebhookSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly bool _registerHandler;

    public PersonaHost(AzuriteFixture azurite, FakeResendServer? resend, string? routingFile = null, bool customHandler = false,
        bool registerHandler = true, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var prefix = AzuriteFixture.UniqueName("t");
        Tables = new InboundTableNames
        {
            Deliveries = prefix + "deliveries", Messages = prefix + "messages", Threads = prefix + "threads",
            SenderLimits = prefix + "limits", Outbox = prefix + "outbox", Users = prefix + "users", Audit = prefix + "audit",
            SamplesReceived = prefix + "samples",
        };
        InboundQueue = AzuriteFixture.UniqueName("inbound");
        OutboundQueue = AzuriteFixture.UniqueName("outbound");
        Storage = azurite.ConnectionString;
        _registerHandler = registerHandler;
        _services = services;
        _settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["Routing:File"] = routingFile ?? TestRouting.Support(),
            ["Resend:BaseUrl"] = resend?.BaseUrl.AbsoluteUri ?? "http://127.0.0.1:9/",
            ["Resend:ApiKey"] = resend?.ApiKey ?? "",
            ["Resend:WebhookSecret"] = WebhookSecret,
            // Errors surface at once; the queue's redelivery is the retry these tests watch.
            ["Resend:MaxRetries"] = "0",
            ["Inbound:InboundQueue"] = InboundQueue,
            ["Inbound:OutboundQueue"] = OutboundQueue,
            ["Queues:MinPollingInterval"] = "00:00:00.050",
            ["Queues:MaxPollingInterval"] = "00:00:00.200",
            ["Queues:RetryDelay"] = "00:00:00.200",
            [HostingMode.PortSetting] = customHandler ? "7071" : null,
        };
        foreach (var (key, name) in Tables.All())
        {
            _settings[$"Inbound:Tables:{key}"] = name;
        }
        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }
    }

    public InboundTableNames Tables { get; }
    public string InboundQueue { get; }
    public string OutboundQueue { get; }
    public string Storage { get; }
    public HandlerScript Script { get; } = new();
    public HostLog Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
        builder.ConfigureTestServices(services =>
        {
            // The production definitions read the production queues; this run reads its own.
            foreach (var production in services.Where(d => d.ImplementationInstance is FunctionDefinition
                { Name: InboundWorkerFunction.Name or OutboundSenderFunction.Name }).ToList())
            {
                services.Remove(production);
            }
            services.AddSingleton(new FunctionDefinition(InboundWorkerFunction.Name, TriggerKind.Queue, Queue: InboundQueue));
            services.AddSingleton(new FunctionDefinition(OutboundSenderFunction.Name, TriggerKind.Queue, Queue: OutboundQueue));
            services.AddSingleton(Script);
            if (_registerHandler)
            {
                services.AddKeyedScoped<IEmailHandler, ScriptedHandler>(PersonaNames.Support);
            }
            _services?.Invoke(services);
        });
    }
}

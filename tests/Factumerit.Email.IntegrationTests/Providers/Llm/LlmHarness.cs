using Factumerit.Email.Llm;
using Factumerit.Email.Providers.Llm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Factumerit.Email.IntegrationTests.Providers.Llm;

/// <summary>The real provider, registered as the host registers it, pointed at a fake server.</summary>
internal sealed class LlmHarness : IAsyncDisposable
{
    public const string ClassifyModel = "classify-mini";
    public const string DraftModel = "draft-large";
    public const string ContextModel = "context-mini";
    public const int MaxRetries = 2;

    private readonly ServiceProvider _services;

    private LlmHarness(ServiceProvider services, RecordingLlmAuditSink audit, SteppingTimeProvider clock)
    {
        _services = services;
        Audit = audit;
        Clock = clock;
        Client = services.GetRequiredService<ILlmClient>();
    }

    public ILlmClient Client { get; }
    public RecordingLlmAuditSink Audit { get; }
    public SteppingTimeProvider Clock { get; }

    public static LlmHarness Create(Uri? endpoint, string? apiKey, Action<Dictionary<string, string?>>? configure = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Llm:Endpoint"] = endpoint?.ToString(),
            ["Llm:ApiKey"] = apiKey,
            ["Llm:Model"] = ClassifyModel,
            ["Llm:DraftModel"] = DraftModel,
            ["Llm:ContextModel"] = ContextModel,
            ["Llm:MaxRetries"] = MaxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        configure?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        var audit = new RecordingLlmAuditSink();
        var clock = new SteppingTimeProvider();
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<ILlmAuditSink>(audit)
            .AddLlm(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new LlmHarness(services, audit, clock);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}

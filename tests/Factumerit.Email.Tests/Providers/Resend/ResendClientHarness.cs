using Factumerit.Email.Providers.Resend;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Factumerit.Email.Tests.Providers.Resend;

/// <summary>The client as <c>AddResend</c> registers it, over a stub transport.</summary>
internal sealed class ResendClientHarness : IDisposable
{
    public const string ApiKey = "re_unit_test_key";
    public static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _provider;

    public ResendClientHarness(Dictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Resend:ApiKey"] = ApiKey,
            ["Resend:WebhookSecret"] = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            ["Resend:BaseUrl"] = "https://resend.test/api",
            // Longer than InstantDelayTimeProvider.FiresWithin, so the per-attempt timeout never fires in these tests.
            ["Resend:AttemptTimeout"] = "01:00:00",
        }.Concat(settings ?? []).GroupBy(pair => pair.Key).ToDictionary(group => group.Key, group => group.Last().Value)).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddResend(configuration);
        services.AddHttpClient<ResendClient>().ConfigurePrimaryHttpMessageHandler(() => Stub);
        _provider = services.BuildServiceProvider();
    }

    public StubHandler Stub { get; } = new();
    public InstantDelayTimeProvider Time { get; } = new(Now);
    public ResendClient Client => _provider.GetRequiredService<ResendClient>();

    public void Dispose() => _provider.Dispose();
}

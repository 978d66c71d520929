using Factumerit.Email.IntegrationTests.Fakes.Resend;
using Factumerit.Email.Providers.Resend;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Factumerit.Email.IntegrationTests.Providers.Resend;

/// <summary>The real registration (<c>AddResend</c>) pointed at a <see cref="FakeResendServer"/>.</summary>
internal static class ResendClientFactory
{
    public const string WebhookSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    public static ServiceProvider Services(FakeResendServer server, string? apiKey = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Resend:ApiKey"] = apiKey ?? server.ApiKey,
            ["Resend:WebhookSecret"] = WebhookSecret,
            ["Resend:BaseUrl"] = server.BaseUrl.AbsoluteUri,
            ["Resend:RetryBaseDelay"] = "00:00:00.050",
        }).Build();
        return new ServiceCollection().AddResend(configuration).BuildServiceProvider();
    }
}

using Factumerit.Email.Providers.Gmail.Credentials;
using Factumerit.Email.Providers.Gmail.Http;
using Factumerit.Email.Providers.Gmail.Push;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Providers.Gmail;

public static class GmailServiceCollectionExtensions
{
    /// <summary>
    /// Registers section "Gmail" (validated at start-up), the shared "Gmail" HttpClient (retry outside, bearer
    /// auth inside), <see cref="GmailCredentialFactory"/>, <see cref="GmailClientFactory"/> and
    /// <see cref="GmailPushAuthenticator"/>.
    /// </summary>
    public static IServiceCollection AddGmail(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<GmailOptions>()
            .Bind(configuration.GetSection(GmailOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(GmailClientFactory.HttpClientName, (sp, http) =>
            {
                var options = sp.GetRequiredService<IOptions<GmailOptions>>().Value;
                http.BaseAddress = options.GetBaseUri();
                // HttpClient's timeout wraps the handlers, so it bounds all attempts of a call together.
                http.Timeout = options.RequestTimeout;
            })
            .AddHttpMessageHandler(sp => new GmailRetryHandler(GmailResilience.CreatePipeline(
                sp.GetRequiredService<IOptions<GmailOptions>>().Value,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILoggerFactory>().CreateLogger<GmailRetryHandler>())))
            .AddHttpMessageHandler(() => new GmailAuthenticationHandler());

        services.TryAddSingleton<GmailCredentialFactory>();
        services.TryAddSingleton<GmailClientFactory>();
        services.TryAddSingleton<GmailPushAuthenticator>();
        return services;
    }
}

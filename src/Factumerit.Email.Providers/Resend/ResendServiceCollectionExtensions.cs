using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Providers.Resend;

public static class ResendServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ResendClient"/> (typed HttpClient with auth, User-Agent and retries),
    /// <see cref="SvixWebhookVerifier"/> and validated <see cref="ResendOptions"/> from the <c>Resend</c> section.
    /// </summary>
    public static IServiceCollection AddResend(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<ResendOptions>()
            .Bind(configuration.GetSection(ResendOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        // Two public constructors: DI must be told which. Resolved only once a webhook secret is set.
        services.TryAddSingleton(sp => new SvixWebhookVerifier(
            sp.GetRequiredService<IOptions<ResendOptions>>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddTransient<ResendAuthHandler>();
        services.TryAddTransient<ResendRetryHandler>();

        services.AddHttpClient<ResendClient>((provider, http) =>
            {
                var options = provider.GetRequiredService<IOptions<ResendOptions>>().Value;
                http.BaseAddress = WithTrailingSlash(options.BaseUrl);
                // Attempts have their own timeout inside the retry pipeline; the whole call may wait out a retry-after.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddHttpMessageHandler<ResendRetryHandler>()
            .AddHttpMessageHandler<ResendAuthHandler>();
        return services;
    }

    private static Uri WithTrailingSlash(Uri baseUrl) =>
        baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
}

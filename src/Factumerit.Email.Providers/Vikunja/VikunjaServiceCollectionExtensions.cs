using Factumerit.Email.Personas.Handlers.Eis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Providers.Vikunja;

public static class VikunjaServiceCollectionExtensions
{
    /// <summary>
    /// Validates the <c>Vikunja</c> section and, when it names a server, registers <see cref="VikunjaClient"/> and makes
    /// Vikunja the eis task list in place of the built-in table (whichever was registered first).
    /// </summary>
    public static IServiceCollection AddVikunjaTasks(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(VikunjaOptions.SectionName);
        services.AddOptions<VikunjaOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        if (string.IsNullOrWhiteSpace(section[nameof(VikunjaOptions.BaseUrl)]))
        {
            return services;
        }

        services.TryAddTransient<VikunjaAuthHandler>();
        services.AddHttpClient<VikunjaClient>((provider, http) =>
            {
                var options = provider.GetRequiredService<IOptions<VikunjaOptions>>().Value;
                http.BaseAddress = options.ApiRoot();
                http.Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
            })
            .AddHttpMessageHandler<VikunjaAuthHandler>();
        services.Replace(ServiceDescriptor.Scoped<ITaskList>(sp =>
            new VikunjaTaskList(sp.GetRequiredService<VikunjaClient>(), sp.GetRequiredService<IOptions<VikunjaOptions>>())));
        return services;
    }
}

using Azure.Core;
using Factumerit.Email.Llm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Providers.Llm;

public static class LlmServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ILlmClient"/> from section "Llm" (validated at start-up) and a no-op
    /// <see cref="ILlmAuditSink"/> that the storage layer replaces by registering its own first or after.
    /// A registered <see cref="TokenCredential"/> is used for Azure endpoints without a key.
    /// </summary>
    public static IServiceCollection AddLlm(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<LlmOptions>()
            .Bind(configuration.GetSection(LlmOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ILlmAuditSink>(NullLlmAuditSink.Instance);
        services.TryAddSingleton(sp => new LlmChatClients(
            sp.GetRequiredService<IOptions<LlmOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<TokenCredential>()));
        services.TryAddSingleton<ILlmClient, OpenAiLlmClient>();
        return services;
    }
}

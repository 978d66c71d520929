using Factumerit.Email.Functions.Webhooks;
using Factumerit.Email.Inbound;
using Factumerit.Email.Providers.Resend;
using Factumerit.Email.Routing;
using Factumerit.Email.Storage.Stores;
using Factumerit.Email.Storage.Stores.Samples;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Functions.Functions.Inbound;

public static class PersonaPipelineExtensions
{
    /// <summary>
    /// The persona mailbox pipeline: options (<c>Inbound</c>, <c>Routing</c>), the routing table (loaded and checked
    /// against the keyed <c>IEmailHandler</c> registrations at start-up), stores, the webhook intake and the workers.
    /// Needs <c>AddEmailStorage</c> and <c>AddResend</c>. Without a Resend API key received mail is read from the local
    /// samples table, and outgoing mail stays in the local outbox.
    /// </summary>
    public static IServiceCollection AddPersonaPipeline(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<InboundOptions>()
            .BindConfiguration(InboundOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<RoutingOptions>()
            .BindConfiguration(RoutingOptions.SectionName)
            .ValidateOnStart();
        services.TryAddSingleton<RoutingTableSource>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RoutingOptions>, RoutingOptionsValidator>());
        services.TryAddSingleton<RoutingTable>(sp =>
            sp.GetRequiredService<RoutingTableSource>().GetTable(sp.GetRequiredService<IOptions<RoutingOptions>>().Value));

        services.AddPersonaStores();
        services.AddInboundPipelineServices();
        services.TryAddScoped<IReceivedEmailSource>(sp => sp.GetRequiredService<IOptions<ResendOptions>>().Value.HasApiKey
            ? ActivatorUtilities.CreateInstance<ResendReceivedEmailSource>(sp)
            : sp.GetRequiredService<ReceivedSampleStore>());
        services.TryAddSingleton<ResendWebhookIntake>();
        services.TryAddScoped<OutboundSender>();
        return services;
    }
}

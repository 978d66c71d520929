using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Factumerit.Email.Inbound;

public static class InboundServiceCollectionExtensions
{
    /// <summary>
    /// The pipeline's application services, scoped to one message. The ports they use (stores, the received-email
    /// source, <see cref="Ports.IOutboundMail"/>, <see cref="Users.IUserDirectory"/>) and the routing table are
    /// registered by the storage and host layers.
    /// </summary>
    public static IServiceCollection AddInboundPipelineServices(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<InboundProcessor>();
        services.TryAddScoped<ForwardRoute>();
        services.TryAddScoped<PersonaConversation>();
        services.TryAddScoped<HandlerResultApplier>();
        return services;
    }
}

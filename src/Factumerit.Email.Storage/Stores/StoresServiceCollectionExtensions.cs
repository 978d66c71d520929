using Factumerit.Email.Audit;
using Factumerit.Email.Inbound;
using Factumerit.Email.Ports;
using Factumerit.Email.Storage.Stores.Audit;
using Factumerit.Email.Storage.Stores.Inbound;
using Factumerit.Email.Storage.Stores.Outbox;
using Factumerit.Email.Storage.Stores.Samples;
using Factumerit.Email.Storage.Stores.Threads;
using Factumerit.Email.Storage.Stores.Users;
using Factumerit.Email.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Factumerit.Email.Storage.Stores;

public static class StoresServiceCollectionExtensions
{
    /// <summary>
    /// The persona pipeline's stores and the ports they implement. Needs the clients of <c>AddEmailStorage</c> and
    /// bound <see cref="InboundOptions"/> (table and queue names). The thread store is scoped: it keeps what one
    /// message read.
    /// </summary>
    public static IServiceCollection AddPersonaStores(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<StorageProvisioner>();
        services.TryAddSingleton<DeliveryStore>();
        services.TryAddSingleton<IInboundLedger>(sp => sp.GetRequiredService<DeliveryStore>());
        services.TryAddSingleton<IMessageArchive, MessageArchiveStore>();
        services.TryAddSingleton<ISenderLimits, SenderLimitStore>();
        services.TryAddScoped<IPersonaThreadStore, ThreadStore>();
        services.TryAddSingleton<OutboxStore>();
        services.TryAddSingleton<OutboundMailQueue>();
        services.TryAddSingleton<IOutboundMail>(sp => sp.GetRequiredService<OutboundMailQueue>());
        services.TryAddSingleton<UserDirectoryStore>();
        services.TryAddSingleton<IUserDirectory>(sp => sp.GetRequiredService<UserDirectoryStore>());
        services.TryAddSingleton<AuditLogStore>();
        services.TryAddSingleton<IAuditLog>(sp => sp.GetRequiredService<AuditLogStore>());
        services.TryAddSingleton<ReceivedSampleStore>();
        return services;
    }
}

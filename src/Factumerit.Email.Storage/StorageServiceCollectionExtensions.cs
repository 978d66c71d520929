using Factumerit.Email.Storage.Connection;
using Factumerit.Email.Storage.Queues;
using Factumerit.Email.Storage.Stores.Diagnostics;
using Factumerit.Email.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="StorageConnection"/> singleton from <c>AzureWebJobsStorage</c>. A malformed setting
    /// fails host start-up with a message naming it.
    /// </summary>
    public static IServiceCollection AddEmailStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<StorageOptions>()
            .Configure(options => Copy(StorageConnectionFactory.Read(configuration), options))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(sp => StorageConnectionFactory.Create(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.TryAddSingleton<StorageTransactionMeter>();
        services.TryAddSingleton(sp => new TableServiceClient(sp.GetRequiredService<StorageConnection>(),
            StorageTransactionPolicy.AddTo(new TableClientOptions { TimeProvider = sp.GetRequiredService<TimeProvider>() },
                sp.GetRequiredService<StorageTransactionMeter>(), StorageTransactionPolicy.TableService)));
        services.TryAddSingleton(sp => new QueueServiceClient(sp.GetRequiredService<StorageConnection>(),
            StorageTransactionPolicy.AddTo(new QueueClientOptions { TimeProvider = sp.GetRequiredService<TimeProvider>() },
                sp.GetRequiredService<StorageTransactionMeter>(), StorageTransactionPolicy.QueueService)));
        return services;
    }

    private static void Copy(StorageOptions from, StorageOptions to)
    {
        to.ConnectionString = from.ConnectionString;
        to.AccountName = from.AccountName;
        to.TableServiceUri = from.TableServiceUri;
        to.QueueServiceUri = from.QueueServiceUri;
        to.Credential = from.Credential;
        to.ClientId = from.ClientId;
    }

    private sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
    {
        public ValidateOptionsResult Validate(string? name, StorageOptions options)
        {
            try
            {
                StorageConnectionFactory.Create(options);
                return ValidateOptionsResult.Success;
            }
            catch (InvalidOperationException ex)
            {
                return ValidateOptionsResult.Fail(ex.Message);
            }
        }
    }
}

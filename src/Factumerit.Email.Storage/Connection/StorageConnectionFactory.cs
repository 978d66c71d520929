using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;

namespace Factumerit.Email.Storage.Connection;

/// <summary>
/// The storage settings as the Functions host reads them: <c>AzureWebJobsStorage</c> (a connection string), or
/// <c>AzureWebJobsStorage__accountName</c> / <c>__tableServiceUri</c> / <c>__queueServiceUri</c> with an Entra identity.
/// </summary>
public sealed class StorageOptions
{
    public const string Setting = "AzureWebJobsStorage";
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    public string? ConnectionString { get; set; }
    public string? AccountName { get; set; }
    public string? TableServiceUri { get; set; }
    public string? QueueServiceUri { get; set; }

    /// <summary><c>managedidentity</c> selects ManagedIdentityCredential; anything else DefaultAzureCredential.</summary>
    public string? Credential { get; set; }

    /// <summary>Client id of a user-assigned managed identity.</summary>
    public string? ClientId { get; set; }

    public bool UsesIdentity =>
        string.IsNullOrWhiteSpace(ConnectionString) &&
        !(string.IsNullOrWhiteSpace(AccountName) && string.IsNullOrWhiteSpace(TableServiceUri) && string.IsNullOrWhiteSpace(QueueServiceUri));
}

public static class StorageConnectionFactory
{
    public static StorageOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(StorageOptions.Setting);
        return new StorageOptions
        {
            ConnectionString = section.Value,
            AccountName = section["accountName"],
            TableServiceUri = section["tableServiceUri"],
            QueueServiceUri = section["queueServiceUri"],
            Credential = section["credential"],
            ClientId = section["clientId"],
        };
    }

    public static StorageConnection Create(IConfiguration configuration) => Create(Read(configuration));

    /// <summary>Builds the connection; a bad setting throws <see cref="InvalidOperationException"/> naming it.</summary>
    public static StorageConnection Create(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.UsesIdentity)
        {
            // As in the Functions host, a connection string wins over the identity settings.
            var connectionString = string.IsNullOrWhiteSpace(options.ConnectionString) ? StorageOptions.DevelopmentStorage : options.ConnectionString;
            try
            {
                return StorageConnection.Parse(connectionString);
            }
            catch (FormatException ex)
            {
                throw new InvalidOperationException($"Setting '{StorageOptions.Setting}' is not a valid storage connection string: {ex.Message}", ex);
            }
        }

        var table = ServiceUri(options.TableServiceUri, "tableServiceUri");
        var queue = ServiceUri(options.QueueServiceUri, "queueServiceUri");
        if (string.IsNullOrWhiteSpace(options.AccountName) && (table is null || queue is null))
        {
            throw new InvalidOperationException(
                $"Setting '{StorageOptions.Setting}__accountName' is required unless both '{StorageOptions.Setting}__tableServiceUri' and '{StorageOptions.Setting}__queueServiceUri' are set.");
        }
        return StorageConnection.ForIdentity(Credential(options), options.AccountName, table, queue);
    }

    private static TokenCredential Credential(StorageOptions options)
    {
        if (!string.Equals(options.Credential, "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            return new DefaultAzureCredential();
        }
        var id = string.IsNullOrWhiteSpace(options.ClientId)
            ? ManagedIdentityId.SystemAssigned
            : ManagedIdentityId.FromUserAssignedClientId(options.ClientId);
        return new ManagedIdentityCredential(id);
    }

    private static Uri? ServiceUri(string? value, string key)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (!Uri.TryCreate(value.TrimEnd('/'), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new InvalidOperationException($"Setting '{StorageOptions.Setting}__{key}' is not an absolute http(s) URI.");
        }
        return uri;
    }
}

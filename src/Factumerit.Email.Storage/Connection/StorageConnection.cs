using Azure;
using Azure.Core;

namespace Factumerit.Email.Storage.Connection;

/// <summary>
/// Where a storage account's Table and Queue services are, and how to authenticate to them:
/// a shared key (Azurite, account keys) or a <see cref="TokenCredential"/> (managed identity).
/// </summary>
public sealed class StorageConnection
{
    public const string DevelopmentAccountName = "devstoreaccount1";
    public const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private StorageConnection(string accountName, Uri tableEndpoint, Uri queueEndpoint,
        AzureNamedKeyCredential? sharedKey, TokenCredential? token)
    {
        AccountName = accountName;
        TableEndpoint = tableEndpoint;
        QueueEndpoint = queueEndpoint;
        SharedKey = sharedKey;
        Token = token;
    }

    public string AccountName { get; }
    public Uri TableEndpoint { get; }
    public Uri QueueEndpoint { get; }
    public AzureNamedKeyCredential? SharedKey { get; }
    public TokenCredential? Token { get; }

    /// <summary>
    /// Parses <c>UseDevelopmentStorage=true</c> or an account connection string
    /// (AccountName, AccountKey, TableEndpoint, QueueEndpoint, DefaultEndpointsProtocol, EndpointSuffix).
    /// </summary>
    public static StorageConnection Parse(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var segment in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = segment.IndexOf('=');
            if (eq <= 0)
            {
                throw new FormatException($"Storage connection string segment '{Redact(segment)}' is not 'Name=value'.");
            }
            parts[segment[..eq].Trim()] = segment[(eq + 1)..].Trim();
        }

        if (parts.TryGetValue("UseDevelopmentStorage", out var dev) && dev.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            var proxy = parts.TryGetValue("DevelopmentStorageProxyUri", out var p) ? p.TrimEnd('/') : "http://127.0.0.1";
            return new StorageConnection(DevelopmentAccountName,
                new Uri($"{proxy}:10002/{DevelopmentAccountName}"),
                new Uri($"{proxy}:10001/{DevelopmentAccountName}"),
                new AzureNamedKeyCredential(DevelopmentAccountName, DevelopmentAccountKey), null);
        }

        if (!parts.TryGetValue("AccountName", out var account) || account.Length == 0)
        {
            throw new FormatException("Storage connection string has no AccountName.");
        }
        if (!parts.TryGetValue("AccountKey", out var key) || key.Length == 0)
        {
            throw new FormatException("Storage connection string has no AccountKey; use AzureWebJobsStorage__accountName for managed identity.");
        }
        if (!IsBase64(key))
        {
            throw new FormatException("Storage connection string AccountKey is not valid base64.");
        }

        var protocol = parts.GetValueOrDefault("DefaultEndpointsProtocol", "https");
        var suffix = parts.GetValueOrDefault("EndpointSuffix", "core.windows.net");
        var table = Endpoint(parts, "TableEndpoint", protocol, account, "table", suffix);
        var queue = Endpoint(parts, "QueueEndpoint", protocol, account, "queue", suffix);
        return new StorageConnection(account, table, queue, new AzureNamedKeyCredential(account, key), null);
    }

    /// <summary>Identity-based connection: <c>AzureWebJobsStorage__accountName</c>, or explicit service URIs.</summary>
    public static StorageConnection ForIdentity(TokenCredential credential, string? accountName,
        Uri? tableServiceUri = null, Uri? queueServiceUri = null)
    {
        ArgumentNullException.ThrowIfNull(credential);
        if (string.IsNullOrWhiteSpace(accountName) && (tableServiceUri is null || queueServiceUri is null))
        {
            throw new ArgumentException("Either an account name or both the table and queue service URIs are required.", nameof(accountName));
        }
        var table = tableServiceUri ?? new Uri($"https://{accountName}.table.core.windows.net");
        var queue = queueServiceUri ?? new Uri($"https://{accountName}.queue.core.windows.net");
        var name = string.IsNullOrWhiteSpace(accountName) ? table.Host.Split('.')[0] : accountName!;
        return new StorageConnection(name, table, queue, null, credential);
    }

    private static Uri Endpoint(Dictionary<string, string> parts, string key, string protocol, string account, string service, string suffix)
    {
        if (parts.TryGetValue(key, out var explicitUri) && explicitUri.Length > 0)
        {
            if (!Uri.TryCreate(explicitUri.TrimEnd('/'), UriKind.Absolute, out var uri))
            {
                throw new FormatException($"Storage connection string {key} is not an absolute URI.");
            }
            return uri;
        }
        return new Uri($"{protocol}://{account}.{service}.{suffix}");
    }

    private static bool IsBase64(string value)
    {
        Span<byte> buffer = stackalloc byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out _);
    }

    private static string Redact(string segment) => segment.Length <= 12 ? segment : segment[..12] + "…";
}

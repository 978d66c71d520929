using System.Collections.Concurrent;
using Factumerit.Email.Storage.Queues;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Storage.Stores;

/// <summary>
/// Hands out table and queue clients, creating each table and queue the first time this process uses it. Creation
/// is one request per name per process, so stores need no deployment step; a failed attempt is retried on next use.
/// </summary>
public sealed class StorageProvisioner(TableServiceClient tables, QueueServiceClient queues)
{
    private readonly ConcurrentDictionary<string, Lazy<Task>> _ready = new(StringComparer.Ordinal);

    public async Task<TableClient> TableAsync(string name, CancellationToken cancellationToken = default)
    {
        var client = tables.GetTableClient(name);
        await EnsureAsync("t:" + name, () => client.CreateIfNotExistsAsync(CancellationToken.None)).ConfigureAwait(false);
        return client;
    }

    public async Task<QueueClient> QueueAsync(string name, CancellationToken cancellationToken = default)
    {
        var client = queues.GetQueueClient(name);
        await EnsureAsync("q:" + name, () => client.CreateIfNotExistsAsync(CancellationToken.None)).ConfigureAwait(false);
        return client;
    }

    private async Task EnsureAsync(string key, Func<Task> create)
    {
        var ready = _ready.GetOrAdd(key, _ => new Lazy<Task>(create));
        try
        {
            await ready.Value.ConfigureAwait(false);
        }
        catch
        {
            _ready.TryRemove(new KeyValuePair<string, Lazy<Task>>(key, ready));
            throw;
        }
    }
}

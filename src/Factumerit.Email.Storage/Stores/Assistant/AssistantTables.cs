using System.Collections.Concurrent;
using Factumerit.Email.Storage.Tables;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Storage.Stores.Assistant;

/// <summary>The assistant's tables, each created on first use in this process.</summary>
public sealed class AssistantTables(TableServiceClient service, IOptions<AssistantStorageOptions> options)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<TableClient>>> _tables = new(StringComparer.Ordinal);

    public AssistantStorageOptions Names => options.Value;

    public Task<TableClient> MailboxesAsync(CancellationToken cancellationToken) => GetAsync(Names.MailboxesTable, cancellationToken);

    public Task<TableClient> EmailsAsync(CancellationToken cancellationToken) => GetAsync(Names.EmailsTable, cancellationToken);

    public Task<TableClient> EventsAsync(CancellationToken cancellationToken) => GetAsync(Names.EventsTable, cancellationToken);

    public Task<TableClient> LlmAuditAsync(CancellationToken cancellationToken) => GetAsync(Names.LlmAuditTable, cancellationToken);

    private async Task<TableClient> GetAsync(string name, CancellationToken cancellationToken)
    {
        var lazy = _tables.GetOrAdd(name, n => new Lazy<Task<TableClient>>(() => CreateAsync(n)));
        try
        {
            return await lazy.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch when (lazy.Value.IsFaulted)
        {
            // A failed creation must not stick: the next caller tries again.
            _tables.TryRemove(KeyValuePair.Create(name, lazy));
            throw;
        }
    }

    private async Task<TableClient> CreateAsync(string name)
    {
        var table = service.GetTableClient(name);
        await table.CreateIfNotExistsAsync(CancellationToken.None).ConfigureAwait(false);
        return table;
    }
}

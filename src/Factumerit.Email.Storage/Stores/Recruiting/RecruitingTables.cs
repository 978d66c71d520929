using System.Collections.Concurrent;
using Factumerit.Email.Storage.Stores.Assistant;
using Factumerit.Email.Storage.Tables;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Storage.Stores.Recruiting;

/// <summary>
/// The recruiting tables, named with the assistant's table prefix (the module belongs to the same mailboxes), each
/// created on first use in this process.
/// </summary>
public sealed class RecruitingTables(TableServiceClient service, IOptions<AssistantStorageOptions> options)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<TableClient>>> _tables = new(StringComparer.Ordinal);

    public Task<TableClient> CompaniesAsync(CancellationToken cancellationToken) => GetAsync("RecruitingCompanies", cancellationToken);

    public Task<TableClient> ContactsAsync(CancellationToken cancellationToken) => GetAsync("RecruitingContacts", cancellationToken);

    public Task<TableClient> JobsAsync(CancellationToken cancellationToken) => GetAsync("RecruitingJobs", cancellationToken);

    public Task<TableClient> MessagesAsync(CancellationToken cancellationToken) => GetAsync("RecruitingMessages", cancellationToken);

    public Task<TableClient> TasksAsync(CancellationToken cancellationToken) => GetAsync("RecruitingTasks", cancellationToken);

    public Task<TableClient> LeasesAsync(CancellationToken cancellationToken) => GetAsync("RecruitingLeases", cancellationToken);

    public string QueueName(string name) => options.Value.Queue(name);

    private async Task<TableClient> GetAsync(string name, CancellationToken cancellationToken)
    {
        var full = options.Value.TablePrefix + name;
        var lazy = _tables.GetOrAdd(full, n => new Lazy<Task<TableClient>>(async () =>
        {
            var table = service.GetTableClient(n);
            await table.CreateIfNotExistsAsync(CancellationToken.None).ConfigureAwait(false);
            return table;
        }));
        try
        {
            return await lazy.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch when (lazy.Value.IsFaulted)
        {
            // A failed creation must not stick: the next caller tries again.
            _tables.TryRemove(KeyValuePair.Create(full, lazy));
            throw;
        }
    }
}

using Factumerit.Email.Storage.Stores.Assistant;
using Factumerit.Email.Storage.Tables;
using Factumerit.Email.Triage;
using Factumerit.Email.Triage.Learning;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Storage.Stores.Triage;

/// <summary>
/// <see cref="ITriageStore"/> on one table, "{prefix}Triage", partitioned by mailbox: the log ("log|{messageId}"),
/// triaged threads ("thread|{threadId}"), training examples ("example|{inverted time}|{id}") and sender rules
/// ("rule|{domain}"). One partition per mailbox keeps every triage query a single-partition range scan.
/// </summary>
public sealed class TriageTableStore(TableServiceClient service, IOptions<AssistantStorageOptions> options) : ITriageStore
{
    private readonly Lazy<Task<TableClient>> _table = new(async () =>
    {
        var table = service.GetTableClient(options.Value.TablePrefix + "Triage");
        await table.CreateIfNotExistsAsync().ConfigureAwait(false);
        return table;
    });

    public async Task LogAsync(TriageLogEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var table = await _table.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(TriageEntities.Log(entry), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<TriageLogEntry>> ListLogAsync(string mailbox, int max, CancellationToken cancellationToken = default) =>
        (await QueryAsync(mailbox, "log|", TriageEntities.ToLog, cancellationToken).ConfigureAwait(false))
            .OrderByDescending(e => e.At).Take(max).ToList();

    public async Task<TriagedThread?> GetThreadAsync(string mailbox, string threadId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mailbox);
        ArgumentException.ThrowIfNullOrWhiteSpace(threadId);
        var table = await _table.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(mailbox, "thread|" + threadId, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return row.HasValue ? TriageEntities.ToThread(row.Value!) : null;
    }

    public async Task SaveThreadAsync(TriagedThread thread, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(thread);
        var table = await _table.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(TriageEntities.Thread(thread), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<TriagedThread>> ListThreadsAsync(string mailbox, string folder, CancellationToken cancellationToken = default) =>
        (await QueryAsync(mailbox, "thread|", TriageEntities.ToThread, cancellationToken).ConfigureAwait(false))
            .Where(t => t.FinalFolder == folder).OrderByDescending(t => t.TriagedAt).ToList();

    public async Task<IReadOnlyList<TriagedThread>> ListRecentThreadsAsync(string mailbox, int max, CancellationToken cancellationToken = default) =>
        (await QueryAsync(mailbox, "thread|", TriageEntities.ToThread, cancellationToken).ConfigureAwait(false))
            .OrderByDescending(t => t.TriagedAt).Take(max).ToList();

    public async Task AddExampleAsync(TrainingExample example, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(example);
        var table = await _table.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        await table.AddEntityAsync(TriageEntities.Example(example), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<TrainingExample>> ListExamplesAsync(string mailbox, int max, CancellationToken cancellationToken = default) =>
        (await QueryAsync(mailbox, "example|", TriageEntities.ToExample, cancellationToken).ConfigureAwait(false)).Take(max).ToList();

    public async Task<SenderRule?> GetRuleAsync(string mailbox, string domain, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mailbox);
        ArgumentException.ThrowIfNullOrWhiteSpace(domain);
        var table = await _table.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(mailbox, "rule|" + domain, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? TriageEntities.ToRule(row.Value!) : null;
    }

    public async Task SaveRuleAsync(SenderRule rule, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var table = await _table.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(TriageEntities.Rule(rule), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    private async Task<List<T>> QueryAsync<T>(string mailbox, string prefix, Func<TableEntity, T> map, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mailbox);
        var table = await _table.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {mailbox}") + " and " + TableClient.CreatePrefixFilter("RowKey", prefix);
        var rows = new List<T>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(map(row));
        }
        return rows;
    }
}

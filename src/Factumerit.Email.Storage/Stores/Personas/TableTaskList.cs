using System.Globalization;
using Factumerit.Email.Personas.Handlers.Eis;
using Factumerit.Email.Storage.Tables;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Storage.Stores.Personas;

/// <summary>The built-in task list, one partition per user.</summary>
internal sealed class TableTaskList(TableServiceClient tables, IOptions<PersonaStoreOptions> options, TimeProvider clock) : ITaskList
{
    private readonly PersonaTable _table = new(tables, options.Value.TasksTable);

    public async Task<IReadOnlyList<TaskItem>> ListOpenAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var table = await _table.GetAsync(cancellationToken).ConfigureAwait(false);
        var partition = StoreKeys.Of(userId);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and Done eq {false}")
            + " and " + TableClient.CreatePrefixFilter("RowKey", TaskEntity.RowPrefix);
        var items = new List<TaskItem>();
        await foreach (var task in table.QueryAsync<TaskEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            items.Add(new TaskItem(task.RowKey, task.Title, task.CreatedAt));
        }
        return items;
    }

    public async Task<TaskItem> AddAsync(string userId, string title, string sourceKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceKey);
        var table = await _table.GetAsync(cancellationToken).ConfigureAwait(false);
        var partition = StoreKeys.Of(userId);
        var source = StoreKeys.OfExact(sourceKey);
        var now = clock.GetUtcNow();
        var task = new TaskEntity
        {
            PartitionKey = partition,
            RowKey = TaskEntity.RowPrefix + now.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "_" + source[..8],
            Title = title.Trim(),
            CreatedAt = now,
        };
        var marker = new TaskSourceEntity { PartitionKey = partition, RowKey = TaskSourceEntity.RowPrefix + source, TaskRowKey = task.RowKey };
        try
        {
            await table.SubmitTransactionAsync(
                [new(TableTransactionActionType.Add, marker), new(TableTransactionActionType.Add, task)], cancellationToken).ConfigureAwait(false);
            return new TaskItem(task.RowKey, task.Title, task.CreatedAt);
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            // The same message was handled before: hand back the task it created.
            var existing = await table.GetEntityAsync<TaskSourceEntity>(partition, marker.RowKey, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            var earlier = await table.GetEntityAsync<TaskEntity>(partition, existing.Value.TaskRowKey, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            return new TaskItem(earlier.Value.RowKey, earlier.Value.Title, earlier.Value.CreatedAt);
        }
    }

    public async Task<bool> CompleteAsync(string userId, TaskItem task, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentNullException.ThrowIfNull(task);
        var table = await _table.GetAsync(cancellationToken).ConfigureAwait(false);
        var partition = StoreKeys.Of(userId);
        while (true)
        {
            var current = await table.GetEntityIfExistsAsync<TaskEntity>(partition, task.Id, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            if (!current.HasValue || current.Value!.Done)
            {
                return false;
            }
            var entity = current.Value;
            entity.Done = true;
            entity.CompletedAt = clock.GetUtcNow();
            try
            {
                await table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (TablePreconditionFailedException)
            {
                // Changed since it was read: read it again.
            }
        }
    }
}

using Azure;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Storage.Stores.Recruiting;

/// <summary>The few table operations every recruiting store repeats: insert-or-409, replace under ETag, read, query.</summary>
internal static class TableRows
{
    public static async Task<bool> TryAddAsync(TableClient table, TableEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <returns>The new ETag, or null when the row changed or vanished since <paramref name="etag"/> was read.</returns>
    public static async Task<string?> TryReplaceAsync(TableClient table, TableEntity entity, string? etag, CancellationToken cancellationToken)
    {
        if (etag is null)
        {
            throw new ArgumentException("The row must carry the ETag it was read with.", nameof(etag));
        }
        try
        {
            var response = await table.UpdateEntityAsync(entity, new ETag(etag), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return response.Headers.ETag?.ToString() ?? etag;
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return null;
        }
    }

    public static async Task<TableEntity?> GetAsync(TableClient table, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    public static async Task<IReadOnlyList<T>> QueryAsync<T>(TableClient table, string? filter, Func<TableEntity, T> map,
        CancellationToken cancellationToken)
    {
        var result = new List<T>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            result.Add(map(entity));
        }
        return result;
    }

    public static string? PartitionFilter(string? partitionKey) =>
        partitionKey is null ? null : TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}");

    public static string RowFilter(string rowKey) => TableClient.CreateQueryFilter($"RowKey eq {rowKey}");

    public static void Set(TableEntity entity, string name, object? value)
    {
        if (value is not null)
        {
            entity[name] = value;
        }
    }

    public static string? Tag(TableEntity entity) => entity.ETag == default ? null : entity.ETag.ToString();
}

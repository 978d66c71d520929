using System.Text.Json;
using Azure;
using Azure.Core;

namespace Factumerit.Email.Storage.Tables;

public sealed partial class TableClient
{
    /// <summary>Inserts the entity; throws <see cref="TableConflictException"/> when one with the same keys exists.</summary>
    /// <returns>The response, whose <c>Headers.ETag</c> is the new entity's ETag.</returns>
    public async Task<Response> AddEntityAsync<T>(T entity, CancellationToken cancellationToken = default)
        where T : ITableEntity
    {
        var body = EntityWriter.Serialize(entity);
        using var message = CreateMessage(RequestMethod.Post, _tableUrl);
        message.Request.Headers.SetValue("Prefer", TableConstants.ReturnNoContent);
        SetJson(message, body);
        return await SendAsync(message, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads one entity; a missing entity throws <see cref="RequestFailedException"/> with status 404.</summary>
    public async Task<Response<T>> GetEntityAsync<T>(string partitionKey, string rowKey,
        IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
        where T : class, ITableEntity, new()
    {
        var response = await GetEntityCoreAsync<T>(partitionKey, rowKey, select, throwOnNotFound: true, cancellationToken)
            .ConfigureAwait(false);
        return (Response<T>)response;
    }

    /// <summary>Reads one entity; a missing entity is a response with <c>HasValue</c> false, not an exception.</summary>
    public Task<NullableResponse<T>> GetEntityIfExistsAsync<T>(string partitionKey, string rowKey,
        IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
        where T : class, ITableEntity, new() =>
        GetEntityCoreAsync<T>(partitionKey, rowKey, select, throwOnNotFound: false, cancellationToken);

    /// <summary>Inserts or updates without a concurrency check.</summary>
    public async Task<Response> UpsertEntityAsync<T>(T entity, TableUpdateMode mode = TableUpdateMode.Merge,
        CancellationToken cancellationToken = default)
        where T : ITableEntity
    {
        var body = EntityWriter.Serialize(entity);
        using var message = CreateWriteMessage(entity, mode, body);
        return await SendAsync(message, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Updates an existing entity if its ETag still matches <paramref name="ifMatch"/> (pass <see cref="ETag.All"/> to
    /// skip the check); otherwise throws <see cref="TablePreconditionFailedException"/>.
    /// </summary>
    public async Task<Response> UpdateEntityAsync<T>(T entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Merge,
        CancellationToken cancellationToken = default)
        where T : ITableEntity
    {
        if (ifMatch == default)
        {
            throw new ArgumentException("ifMatch is required: pass the ETag read with the entity, or ETag.All to update unconditionally.", nameof(ifMatch));
        }
        var body = EntityWriter.Serialize(entity);
        using var message = CreateWriteMessage(entity, mode, body);
        message.Request.Headers.SetValue(HttpHeader.Names.IfMatch, ifMatch.ToString());
        return await SendAsync(message, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Deletes an entity if its ETag matches (any version when <paramref name="ifMatch"/> is default). As in the
    /// official client, a missing entity is not an error: the response's status is 404.
    /// </summary>
    public async Task<Response> DeleteEntityAsync(string partitionKey, string rowKey, ETag ifMatch = default,
        CancellationToken cancellationToken = default)
    {
        TableValidation.Keys(partitionKey, rowKey);
        using var message = CreateMessage(RequestMethod.Delete, _tableUrl + TableKeys.KeySegment(partitionKey, rowKey));
        message.Request.Headers.SetValue(HttpHeader.Names.IfMatch, ifMatch == default ? "*" : ifMatch.ToString());
        return await SendAsync(message, cancellationToken, allowed: 404).ConfigureAwait(false);
    }

    private async Task<NullableResponse<T>> GetEntityCoreAsync<T>(string partitionKey, string rowKey,
        IEnumerable<string>? select, bool throwOnNotFound, CancellationToken cancellationToken)
        where T : class, ITableEntity, new()
    {
        TableValidation.Keys(partitionKey, rowKey);
        var columns = SelectList(select);
        using var message = CreateMessage(RequestMethod.Get, _tableUrl + TableKeys.KeySegment(partitionKey, rowKey));
        if (columns is not null)
        {
            message.Request.Uri.AppendQuery("$select", columns);
        }
        var response = await SendAsync(message, cancellationToken, allowed: throwOnNotFound ? 0 : 404).ConfigureAwait(false);
        if (response.Status == 404)
        {
            return new NoValueResponse<T>(response);
        }
        using var doc = JsonDocument.Parse(response.Content.ToMemory());
        var (values, etag) = EntityReader.Read(doc.RootElement);
        if (etag == default && response.Headers.ETag is { } headerEtag)
        {
            etag = headerEtag;
        }
        return Response.FromValue(EntityMapper.FromProperties<T>(values, etag), response);
    }

    private HttpMessage CreateWriteMessage(ITableEntity entity, TableUpdateMode mode, byte[] body)
    {
        var method = mode switch
        {
            TableUpdateMode.Merge => Merge,
            TableUpdateMode.Replace => RequestMethod.Put,
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown update mode."),
        };
        var message = CreateMessage(method, _tableUrl + TableKeys.KeySegment(entity.PartitionKey, entity.RowKey));
        SetJson(message, body);
        return message;
    }

    private static string? SelectList(IEnumerable<string>? select)
    {
        if (select is null)
        {
            return null;
        }
        var names = select.ToList();
        names.ForEach(TableValidation.PropertyName);
        return names.Count == 0 ? null : string.Join(',', names);
    }
}

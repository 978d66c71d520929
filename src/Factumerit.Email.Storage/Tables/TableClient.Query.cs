using System.Text.Json;
using Azure;
using Azure.Core;

namespace Factumerit.Email.Storage.Tables;

public sealed partial class TableClient
{
    /// <summary>
    /// Queries entities page by page, following the service's continuation headers until they stop. Build
    /// <paramref name="filter"/> with <see cref="CreateQueryFilter"/>; put the property on the left of each comparison.
    /// </summary>
    /// <param name="maxPerPage">At most 1000, the service's page limit.</param>
    public AsyncPageable<T> QueryAsync<T>(string? filter = null, int? maxPerPage = null, IEnumerable<string>? select = null,
        CancellationToken cancellationToken = default)
        where T : class, ITableEntity, new()
    {
        TableValidation.MaxPerPage(maxPerPage);
        var columns = SelectList(select);
        return new TablePageable<T>(
            (token, pageSize, ct) => QueryPageAsync<T>(filter, columns, token, pageSize, ct), maxPerPage, cancellationToken);
    }

    private async Task<Page<T>> QueryPageAsync<T>(string? filter, string? columns, string? continuationToken, int? pageSize,
        CancellationToken cancellationToken)
        where T : class, ITableEntity, new()
    {
        using var message = CreateMessage(RequestMethod.Get, _tableUrl + "()");
        var uri = message.Request.Uri;
        if (!string.IsNullOrEmpty(filter))
        {
            uri.AppendQuery("$filter", filter);
        }
        if (pageSize is { } top)
        {
            uri.AppendQuery("$top", top.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        if (columns is not null)
        {
            uri.AppendQuery("$select", columns);
        }
        if (continuationToken is not null)
        {
            var (nextPartitionKey, nextRowKey) = TablePageable<T>.Split(continuationToken);
            uri.AppendQuery("NextPartitionKey", nextPartitionKey);
            if (nextRowKey is not null)
            {
                uri.AppendQuery("NextRowKey", nextRowKey);
            }
        }

        var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);
        var items = new List<T>();
        using (var doc = JsonDocument.Parse(response.Content.ToMemory()))
        {
            foreach (var element in doc.RootElement.GetProperty("value").EnumerateArray())
            {
                var (values, etag) = EntityReader.Read(element);
                items.Add(EntityMapper.FromProperties<T>(values, etag));
            }
        }
        var next = TablePageable<T>.Token(
            response.Headers.TryGetValue(TableConstants.NextPartitionKeyHeader, out var npk) ? npk : null,
            response.Headers.TryGetValue(TableConstants.NextRowKeyHeader, out var nrk) ? nrk : null);
        return Page<T>.FromValues(items, next, response);
    }
}

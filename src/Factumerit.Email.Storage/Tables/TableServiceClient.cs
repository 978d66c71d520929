using Azure;
using Azure.Core.Pipeline;
using Factumerit.Email.Storage.Connection;

namespace Factumerit.Email.Storage.Tables;

/// <summary>The account's Table service: creates and deletes tables and hands out <see cref="TableClient"/>s sharing one pipeline.</summary>
public sealed class TableServiceClient
{
    private readonly HttpPipeline _pipeline;

    public TableServiceClient(StorageConnection connection, TableClientOptions? options = null)
    {
        _pipeline = TablePipeline.Build(connection, options);
        Uri = connection.TableEndpoint;
        AccountName = connection.AccountName;
    }

    public Uri Uri { get; }

    public string AccountName { get; }

    public TableClient GetTableClient(string tableName) => new(Uri, tableName, _pipeline);

    public Task<Response<TableItem>> CreateTableIfNotExistsAsync(string tableName, CancellationToken cancellationToken = default) =>
        GetTableClient(tableName).CreateIfNotExistsAsync(cancellationToken);

    /// <summary>Deletes the table; a table that does not exist is not an error (the response's status is 404).</summary>
    public Task<Response> DeleteTableAsync(string tableName, CancellationToken cancellationToken = default) =>
        GetTableClient(tableName).DeleteAsync(cancellationToken);
}

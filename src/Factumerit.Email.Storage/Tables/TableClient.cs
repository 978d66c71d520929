using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Factumerit.Email.Storage.Connection;

namespace Factumerit.Email.Storage.Tables;

/// <summary>
/// One table's entities over the Table REST API, shaped like the official Azure.Data.Tables <c>TableClient</c>.
/// Arguments are validated before any request; non-success answers become <see cref="RequestFailedException"/>
/// (409 <see cref="TableConflictException"/>, 412 <see cref="TablePreconditionFailedException"/>).
/// </summary>
public sealed partial class TableClient
{
    private static readonly RequestMethod Merge = new("MERGE");

    private readonly HttpPipeline _pipeline;
    private readonly string _serviceUrl;
    private readonly string _tableUrl;

    public TableClient(StorageConnection connection, string tableName, TableClientOptions? options = null)
        : this((connection ?? throw new ArgumentNullException(nameof(connection))).TableEndpoint, tableName,
            TablePipeline.Build(connection, options))
    {
    }

    internal TableClient(Uri serviceUri, string tableName, HttpPipeline pipeline)
    {
        TableValidation.TableName(tableName);
        _pipeline = pipeline;
        _serviceUrl = serviceUri.AbsoluteUri.TrimEnd('/');
        _tableUrl = _serviceUrl + "/" + tableName;
        Name = tableName;
        Uri = new Uri(_tableUrl);
    }

    public string Name { get; }

    public Uri Uri { get; }

    /// <summary>Creates the table; an existing table is not an error (the response's status is 409).</summary>
    public async Task<Response<TableItem>> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Post, _serviceUrl + "/Tables");
        message.Request.Headers.SetValue("Prefer", TableConstants.ReturnNoContent);
        SetJson(message, JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["TableName"] = Name }));
        await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var response = message.Response;
        // Only "already exists" is success: a 409 TableBeingDeleted means the table is not usable yet.
        if (response.Status != 409 || ErrorCode(response) != "TableAlreadyExists")
        {
            TableErrors.EnsureSuccess(response);
        }
        return Response.FromValue(new TableItem(Name), response);
    }

    /// <summary>Deletes the table; a table that does not exist is not an error (the response's status is 404).</summary>
    public async Task<Response> DeleteAsync(CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Delete, $"{_serviceUrl}/Tables('{Name}')");
        return await SendAsync(message, cancellationToken, allowed: 404).ConfigureAwait(false);
    }

    /// <summary>Builds a filter whose interpolated values are written as escaped, typed OData literals.</summary>
    public static string CreateQueryFilter(FormattableString filter) => TableFilter.Create(filter);

    /// <summary>A filter matching every value of <paramref name="propertyName"/> that starts with <paramref name="prefix"/>, as a range.</summary>
    public static string CreatePrefixFilter(string propertyName, string prefix) => TableFilter.Prefix(propertyName, prefix);

    private HttpMessage CreateMessage(RequestMethod method, string url)
    {
        var message = _pipeline.CreateMessage();
        message.Request.Method = method;
        message.Request.Uri.Reset(new Uri(url));
        return message;
    }

    private static void SetJson(HttpMessage message, byte[] body)
    {
        message.Request.Headers.SetValue(HttpHeader.Names.ContentType, TableConstants.JsonContentType);
        message.Request.Content = RequestContent.Create(body);
    }

    private static string? ErrorCode(Response response) =>
        response.Headers.TryGetValue("x-ms-error-code", out var code)
            ? code
            : TableErrorParser.Read(response.Content.ToMemory()).Code;

    private async Task<Response> SendAsync(HttpMessage message, CancellationToken cancellationToken, int allowed = 0)
    {
        await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return TableErrors.EnsureSuccess(message.Response, allowed);
    }
}

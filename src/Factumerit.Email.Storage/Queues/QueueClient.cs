using System.Globalization;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Factumerit.Email.Storage.Queues;

/// <summary>
/// One queue, shaped like <c>Azure.Storage.Queues.QueueClient</c>. Message text is sent as base64 UTF-8,
/// which is what the Functions host expects by default.
/// See https://learn.microsoft.com/rest/api/storageservices/queue-service-rest-api.
/// </summary>
public sealed partial class QueueClient
{
    private readonly HttpPipeline _pipeline;
    private readonly Uri _serviceUri;

    internal QueueClient(HttpPipeline pipeline, Uri serviceUri, string name)
    {
        _pipeline = pipeline;
        _serviceUri = serviceUri;
        Name = name;
    }

    public string Name { get; }

    /// <summary>Creates the queue. Returns null when it already existed, as the official client does.</summary>
    public async Task<Response?> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Put, null);
        var response = await SendAsync(message, cancellationToken, tolerate: "QueueAlreadyExists").ConfigureAwait(false);
        return response.Status == 201 ? response : null;
    }

    /// <summary>Deletes the queue and every message in it. Returns false when it did not exist.</summary>
    public async Task<Response<bool>> DeleteIfExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Delete, null);
        var response = await SendAsync(message, cancellationToken, tolerate: "QueueNotFound").ConfigureAwait(false);
        return Response.FromValue(!response.IsError, response);
    }

    public async Task<Response<QueueProperties>> GetPropertiesAsync(CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Get, null);
        message.Request.Uri.AppendQuery("comp", "metadata");
        var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);
        var count = response.Headers.TryGetValue("x-ms-approximate-messages-count", out var value)
            ? int.Parse(value, CultureInfo.InvariantCulture)
            : 0;
        var metadata = response.Headers
            .Where(h => h.Name.StartsWith("x-ms-meta-", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(h => h.Name["x-ms-meta-".Length..], h => h.Value, StringComparer.OrdinalIgnoreCase);
        return Response.FromValue(new QueueProperties(count, metadata), response);
    }

    /// <summary>Deletes every message in the queue.</summary>
    public async Task<Response> ClearMessagesAsync(CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Delete, "messages");
        return await SendAsync(message, cancellationToken).ConfigureAwait(false);
    }

    private HttpMessage CreateMessage(RequestMethod method, string? relativePath)
    {
        var message = _pipeline.CreateMessage();
        var request = message.Request;
        request.Method = method;
        request.Uri.Reset(_serviceUri);
        request.Uri.AppendPath("/" + Name, escape: false);
        if (relativePath is not null)
        {
            request.Uri.AppendPath("/" + relativePath, escape: false);
        }
        return message;
    }

    /// <param name="tolerate">An error code that is an expected outcome (the queue already exists, or is already gone).</param>
    private async Task<Response> SendAsync(HttpMessage message, CancellationToken cancellationToken, string? tolerate = null)
    {
        await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var response = message.Response;
        if (response.IsError && !IsTolerated(response, tolerate))
        {
            throw new RequestFailedException(response, null, QueueErrorParser.Instance);
        }
        return response;
    }

    private static bool IsTolerated(Response response, string? errorCode) =>
        errorCode is not null
        && QueueErrorParser.Instance.TryParse(response, out var error, out _)
        && error?.Code == errorCode;
}

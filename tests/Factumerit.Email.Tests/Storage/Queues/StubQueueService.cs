using System.Net;
using System.Text;
using Azure.Core.Pipeline;
using Factumerit.Email.Storage.Connection;
using Factumerit.Email.Storage.Queues;

namespace Factumerit.Email.Tests.Storage.Queues;

/// <summary>
/// Stands in for the queue service at the HTTP level: records what the client sends (as it goes on the wire,
/// after Azure.Core's transport) and answers with canned responses.
/// </summary>
internal sealed class StubQueueService : HttpMessageHandler
{
    public const string Account = StorageConnection.DevelopmentAccountName;
    public const string Key = StorageConnection.DevelopmentAccountKey;
    public static readonly Uri Endpoint = new($"http://127.0.0.1:10001/{Account}");

    private readonly Queue<Func<HttpResponseMessage>> _responses = new();

    public List<RecordedRequest> Requests { get; } = [];

    public QueueServiceClient CreateServiceClient(StorageConnection? connection = null)
    {
        var options = new QueueClientOptions { Transport = new HttpClientTransport(new HttpClient(this)) };
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(1);
        connection ??= StorageConnection.Parse(
            $"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={Key};QueueEndpoint={Endpoint}");
        return new QueueServiceClient(connection, options);
    }

    public StubQueueService Respond(HttpStatusCode status, string? xml = null, params (string Name, string Value)[] headers)
    {
        _responses.Enqueue(() =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(xml ?? "", Encoding.UTF8, "application/xml") };
            foreach (var (name, value) in headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }
            return response;
        });
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        Requests.Add(RecordedRequest.From(request, body));
        return _responses.Count > 0 ? _responses.Dequeue()() : new HttpResponseMessage(HttpStatusCode.NoContent);
    }
}

/// <summary>A request as sent, copied before the transport disposes it.</summary>
internal sealed record RecordedRequest(string Method, Uri Uri, IReadOnlyList<(string Name, string Value)> Headers, byte[] Body)
{
    public static RecordedRequest From(HttpRequestMessage request, byte[] body)
    {
        // Content-Length is computed lazily; read it so it is part of the copy, as it is on the wire.
        _ = request.Content?.Headers.ContentLength;
        var contentHeaders = request.Content?.Headers.AsEnumerable() ?? [];
        var headers = request.Headers.Concat(contentHeaders)
            .Select(h => (h.Key, string.Join(",", h.Value)))
            .ToList();
        return new RecordedRequest(request.Method.Method, request.RequestUri!, headers, body);
    }

    public string BodyText => Encoding.UTF8.GetString(Body);

    public string? Header(string name) =>
        Headers.Where(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).FirstOrDefault();
}

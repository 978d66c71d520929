using Azure.Core;
using Azure.Core.Pipeline;

namespace Factumerit.Email.Tests.Storage.Tables.Support;

/// <summary>An Azure.Core transport that records each request and answers from a script, without a network.</summary>
internal sealed class FakeTableTransport(Func<RecordedRequest, FakeResponse> respond) : HttpPipelineTransport
{
    public FakeTableTransport(params FakeResponse[] responses)
        : this(Sequence(responses))
    {
    }

    public List<RecordedRequest> Requests { get; } = [];

    public RecordedRequest Single => Assert.Single(Requests);

    public override Request CreateRequest() => new FakeRequest();

    public override void Process(HttpMessage message)
    {
        using var body = new MemoryStream();
        message.Request.Content?.WriteTo(body, message.CancellationToken);
        var headers = message.Request.Headers.ToDictionary(h => h.Name, h => h.Value, StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(message.Request.Method.Method, message.Request.Uri.ToUri(), headers, body.ToArray());
        Requests.Add(recorded);
        message.Response = respond(recorded);
    }

    public override ValueTask ProcessAsync(HttpMessage message)
    {
        Process(message);
        return ValueTask.CompletedTask;
    }

    private static Func<RecordedRequest, FakeResponse> Sequence(FakeResponse[] responses)
    {
        var next = 0;
        return _ => next < responses.Length
            ? responses[next++]
            : throw new InvalidOperationException($"The test scripted {responses.Length} responses; the client sent more requests.");
    }
}

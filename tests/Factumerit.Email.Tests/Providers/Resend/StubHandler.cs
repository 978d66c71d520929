using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Factumerit.Email.Tests.Providers.Resend;

/// <summary>The transport under the Resend client: answers queued responses and records what was sent.</summary>
internal sealed class StubHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpResponseMessage>> _answers = new();

    public ConcurrentQueue<SentRequest> Requests { get; } = new();

    public StubHandler Answer(HttpStatusCode status, string body, string mediaType = "application/json",
        Action<HttpResponseMessage>? configure = null)
    {
        _answers.Enqueue(() =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
            configure?.Invoke(response);
            return response;
        });
        return this;
    }

    public StubHandler Throw()
    {
        _answers.Enqueue(() => throw new HttpRequestException("connection reset"));
        return this;
    }

    /// <summary>The next request never gets an answer until it is cancelled.</summary>
    public StubHandler Hang()
    {
        _answers.Enqueue(() => throw new HangException());
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Enqueue(new SentRequest(
            request.Method,
            request.RequestUri!,
            request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase),
            body));
        if (!_answers.TryDequeue(out var answer))
        {
            throw new InvalidOperationException("The test queued no further answer.");
        }
        try
        {
            return answer();
        }
        catch (HangException)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            throw;
        }
    }
}

internal sealed class HangException : Exception;

internal sealed record SentRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? Body);

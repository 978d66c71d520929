using System.Net;
using System.Text;
using Factumerit.Email.Providers.Gmail;
using Factumerit.Email.Providers.Gmail.Credentials;
using Factumerit.Email.Providers.Gmail.Http;
using Google.Apis.Auth.OAuth2;
using Microsoft.Extensions.Logging.Abstractions;

namespace Factumerit.Email.Tests.Providers.Gmail;

/// <summary>
/// The client's real handler chain (retry, then auth) over a transport that records requests and answers from a
/// queue, so a test can see exactly what went on the wire.
/// </summary>
internal sealed class StubGmailTransport : HttpMessageHandler
{
    private readonly Queue<(HttpStatusCode Status, string Body)> _answers = new();

    public List<(HttpMethod Method, string Uri, string? Authorization, string? Body)> Sent { get; } = [];

    public StubGmailTransport Answer(HttpStatusCode status, string body)
    {
        _answers.Enqueue((status, body));
        return this;
    }

    public GmailClient CreateClient(int maxRetries = 2)
    {
        var options = new GmailOptions { MaxRetries = maxRetries, RetryBaseDelay = TimeSpan.FromMilliseconds(1) };
        var retry = new GmailRetryHandler(GmailResilience.CreatePipeline(options, TimeProvider.System, NullLogger.Instance))
        {
            InnerHandler = new GmailAuthenticationHandler { InnerHandler = this },
        };
        var http = new HttpClient(retry) { BaseAddress = new Uri("https://gmail.googleapis.com/") };
        var token = new StaticToken();
        return new GmailClient(http, new GmailCredential("owner@example.test", token, () => token.Current, token.RefreshAsync),
            NullLogger.Instance);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Sent.Add((request.Method, request.RequestUri!.AbsoluteUri, request.Headers.Authorization?.ToString(), body));
        var (status, answer) = _answers.Count > 0 ? _answers.Dequeue() : (HttpStatusCode.OK, "{}");
        return new HttpResponseMessage(status) { Content = new StringContent(answer, Encoding.UTF8, "application/json"), RequestMessage = request };
    }

    private sealed class StaticToken : ITokenAccess
    {
        private int _generation = 1;

        public string Current => $"token-{_generation}";

        public Task<string> GetAccessTokenForRequestAsync(string? authUri = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(Current);

        public Task<bool> RefreshAsync(CancellationToken cancellationToken)
        {
            _generation++;
            return Task.FromResult(true);
        }
    }
}

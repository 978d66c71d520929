using System.Net;
using Azure.Core;
using Factumerit.Email.Storage.Connection;
using Factumerit.Email.Storage.Queues;

namespace Factumerit.Email.Tests.Storage.Queues;

public sealed class QueueClientAuthenticationTests
{
    private readonly StubQueueService _service = new();

    [Fact]
    public async Task Requests_with_a_body_and_an_escaped_query_carry_the_documented_shared_key_signature()
    {
        var queue = _service
            .Respond(HttpStatusCode.Created, QueueResponses.SendReceipt())
            .Respond(HttpStatusCode.NoContent, null, ("x-ms-popreceipt", "r2"), ("x-ms-time-next-visible", QueueResponses.NextVisible))
            .Respond(HttpStatusCode.NoContent)
            .CreateServiceClient().GetQueueClient("inbound");

        await queue.SendMessageAsync("hello", TimeSpan.FromSeconds(5));
        await queue.UpdateMessageAsync("m1", "AgAAAAMA+/==", "changed", TimeSpan.FromSeconds(30));
        await queue.DeleteMessageAsync("m1", "AgAAAAMA+/==");

        Assert.Equal(3, _service.Requests.Count);
        Assert.All(_service.Requests, request =>
        {
            Assert.NotNull(request.Header("x-ms-date"));
            Assert.Equal(ExpectedSignature.For(request, StubQueueService.Account, StubQueueService.Key), request.Header("Authorization"));
        });
        Assert.Equal("application/xml", _service.Requests[0].Header("Content-Type"));
    }

    [Fact]
    public async Task The_date_that_is_signed_comes_from_the_configured_clock()
    {
        var options = new QueueClientOptions
        {
            Transport = new Azure.Core.Pipeline.HttpClientTransport(new HttpClient(_service)),
            TimeProvider = new FixedClock(new DateTimeOffset(2024, 2, 22, 23, 41, 12, TimeSpan.Zero)),
        };
        var queue = new QueueServiceClient(StorageConnection.Parse("UseDevelopmentStorage=true"), options).GetQueueClient("inbound");

        await queue.ClearMessagesAsync();

        Assert.Equal("Thu, 22 Feb 2024 23:41:12 GMT", _service.Requests[0].Header("x-ms-date"));
    }

    [Fact]
    public async Task A_token_credential_sends_a_bearer_token_for_the_storage_scope()
    {
        var credential = new RecordingCredential();
        var connection = StorageConnection.ForIdentity(credential, "factumerit");
        var queue = _service.CreateServiceClient(connection).GetQueueClient("inbound");

        await queue.ClearMessagesAsync();

        var request = Assert.Single(_service.Requests);
        Assert.Equal("https://factumerit.queue.core.windows.net/inbound/messages", request.Uri.GetLeftPart(UriPartial.Path));
        Assert.Equal("Bearer token-for-test", request.Header("Authorization"));
        Assert.Equal(["https://storage.azure.com/.default"], credential.Scopes);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class RecordingCredential : TokenCredential
    {
        public string[] Scopes { get; private set; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Scopes = requestContext.Scopes;
            return new AccessToken("token-for-test", DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}

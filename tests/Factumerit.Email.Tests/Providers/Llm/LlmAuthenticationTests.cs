using System.ClientModel.Primitives;
using System.Net;
using System.Text;
using Azure.Core;
using Factumerit.Email.Llm;
using Factumerit.Email.Providers.Llm;
using Microsoft.Extensions.Logging.Abstractions;

namespace Factumerit.Email.Tests.Providers.Llm;

public sealed class LlmAuthenticationTests
{
    private const string Completion =
        """{"id":"c1","object":"chat.completion","created":1,"model":"gpt-4.1-mini","choices":[{"index":0,"message":{"role":"assistant","content":"ok"},"finish_reason":"stop"}],"usage":{"prompt_tokens":3,"completion_tokens":1,"total_tokens":4}}""";

    [Fact]
    public async Task An_azure_endpoint_without_a_key_sends_an_entra_token_for_the_cognitive_services_scope()
    {
        var credential = new StaticTokenCredential("entra-token");
        var wire = new RecordingHandler();
        var options = new LlmOptions { Endpoint = "https://contoso.openai.azure.com/openai/v1/", Model = "gpt-4.1-mini" };

        await CallAsync(options, credential, wire);

        var request = Assert.Single(wire.Requests);
        Assert.Equal("https://contoso.openai.azure.com/openai/v1/chat/completions", request.Uri);
        Assert.Equal("Bearer entra-token", request.Authorization);
        Assert.Equal([LlmAuthentication.AzureScope], credential.Scopes.Distinct());
    }

    [Fact]
    public async Task A_key_is_sent_as_a_bearer_token_and_no_entra_token_is_asked_for()
    {
        var credential = new StaticTokenCredential("entra-token");
        var wire = new RecordingHandler();
        var options = new LlmOptions { Endpoint = "https://contoso.openai.azure.com/openai/v1/", ApiKey = "azure-key", Model = "m" };

        await CallAsync(options, credential, wire);

        Assert.Equal("Bearer azure-key", Assert.Single(wire.Requests).Authorization);
        Assert.Empty(credential.Scopes);
    }

    private static async Task CallAsync(LlmOptions options, TokenCredential credential, RecordingHandler wire)
    {
        var clients = new LlmChatClients(options, TimeProvider.System, credential,
            new HttpClientPipelineTransport(new HttpClient(wire)));
        var client = new OpenAiLlmClient(clients, NullLlmAuditSink.Instance, TimeProvider.System,
            NullLogger<OpenAiLlmClient>.Instance);
        var response = await client.CompleteAsync(new LlmRequest(LlmUseCase.Classify, "Say ok.", "x"));
        Assert.Equal("ok", response.Text);
    }

    private sealed class StaticTokenCredential(string token) : TokenCredential
    {
        public List<string> Scopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Scopes.AddRange(requestContext.Scopes);
            return new AccessToken(token, DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public List<(string Uri, string? Authorization)> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add((request.RequestUri!.ToString(), request.Headers.Authorization?.ToString()));
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(Completion, Encoding.UTF8, "application/json"),
            });
        }
    }
}

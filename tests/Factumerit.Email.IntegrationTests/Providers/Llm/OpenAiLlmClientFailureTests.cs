using Factumerit.Email.IntegrationTests.Fakes.Llm;
using Factumerit.Email.Llm;

namespace Factumerit.Email.IntegrationTests.Providers.Llm;

public sealed class OpenAiLlmClientFailureTests
{
    private static LlmRequest Classify() => new(LlmUseCase.Classify, "Classify. Answer in JSON.", "body") { JsonMode = true };

    [Fact]
    public async Task A_refused_key_fails_at_once_without_retrying()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Responder = _ => FakeChatReply.Text("never");
        await using var llm = LlmHarness.Create(server.Endpoint, "sk-wrong");

        var ex = await Assert.ThrowsAsync<LlmUnavailableException>(() => llm.Client.CompleteAsync(Classify()));

        Assert.Equal(LlmFailure.Unauthorized, ex.Failure);
        Assert.Equal(401, ex.Status);
        Assert.Equal("invalid_api_key", ex.ErrorCode);
        Assert.False(Assert.Single(server.Requests).Authorized);
    }

    [Fact]
    public async Task A_server_error_is_retried_a_bounded_number_of_times_then_surfaces()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Responder = _ => FakeChatReply.ServerError();
        await using var llm = LlmHarness.Create(server.Endpoint, server.ApiKey);

        var ex = await Assert.ThrowsAsync<LlmUnavailableException>(() => llm.Client.CompleteAsync(Classify()));

        Assert.Equal(LlmFailure.ServiceError, ex.Failure);
        Assert.Equal(500, ex.Status);
        Assert.Equal("server_error", ex.ErrorCode);
        Assert.Equal(1 + LlmHarness.MaxRetries, server.Requests.Count);
        Assert.Equal(LlmHarness.MaxRetries, llm.Clock.Waits.Count);
    }

    [Fact]
    public async Task Rate_limiting_is_retried_after_the_advertised_delay_then_surfaces()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Responder = _ => FakeChatReply.RateLimited(retryAfterSeconds: 7);
        await using var llm = LlmHarness.Create(server.Endpoint, server.ApiKey, s => s["Llm:MaxRetries"] = "1");

        var ex = await Assert.ThrowsAsync<LlmUnavailableException>(() => llm.Client.CompleteAsync(Classify()));

        Assert.Equal(LlmFailure.RateLimited, ex.Failure);
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(7)], llm.Clock.Waits);
    }

    [Fact]
    public async Task A_transient_server_error_is_absorbed_by_a_retry()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Enqueue(FakeChatReply.ServerError());
        server.EnqueueText("{\"category\":\"waiting\"}");
        await using var llm = LlmHarness.Create(server.Endpoint, server.ApiKey);

        var response = await llm.Client.CompleteAsync(Classify());

        Assert.Equal("{\"category\":\"waiting\"}", response.Text);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_request_the_service_rejects_is_not_retried()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Responder = _ => FakeChatReply.Error(400, "context_length_exceeded", "This model's maximum context length is 8192 tokens.");
        await using var llm = LlmHarness.Create(server.Endpoint, server.ApiKey);

        var ex = await Assert.ThrowsAsync<LlmUnavailableException>(() => llm.Client.CompleteAsync(Classify()));

        Assert.Equal(LlmFailure.Rejected, ex.Failure);
        Assert.Equal("context_length_exceeded", ex.ErrorCode);
        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData("{\"id\":\"chatcmpl-broken\",\"choices\":[")]
    [InlineData("{}")]
    [InlineData("{\"object\":\"chat.completion\",\"choices\":[]}")]
    [InlineData("<html>Bad gateway</html>")]
    public async Task A_body_that_is_not_a_chat_completion_surfaces_as_an_invalid_response(string body)
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Enqueue(FakeChatReply.MalformedBody() with { RawBody = body });
        await using var llm = LlmHarness.Create(server.Endpoint, server.ApiKey);

        var ex = await Assert.ThrowsAsync<LlmUnavailableException>(() => llm.Client.CompleteAsync(Classify()));

        Assert.Equal(LlmFailure.InvalidResponse, ex.Failure);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task An_endpoint_nobody_listens_on_surfaces_as_a_network_failure()
    {
        Uri deadEndpoint;
        await using (var server = await FakeLlmServer.StartAsync())
        {
            deadEndpoint = server.Endpoint;
        }
        await using var llm = LlmHarness.Create(deadEndpoint, "sk-any", s => s["Llm:MaxRetries"] = "1");

        var ex = await Assert.ThrowsAsync<LlmUnavailableException>(() => llm.Client.CompleteAsync(Classify()));

        Assert.Equal(LlmFailure.Network, ex.Failure);
        Assert.Single(llm.Clock.Waits);
    }

    [Fact]
    public async Task Without_an_endpoint_the_llm_is_off_and_nothing_is_sent()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Responder = _ => FakeChatReply.Text("never");
        await using var llm = LlmHarness.Create(endpoint: null, server.ApiKey);

        var ex = await Assert.ThrowsAsync<LlmUnavailableException>(() => llm.Client.CompleteAsync(Classify()));

        Assert.Equal(LlmFailure.NotConfigured, ex.Failure);
        Assert.Empty(server.Requests);
        Assert.Empty(llm.Audit.Records);
    }

    [Fact]
    public async Task Json_mode_without_json_in_the_prompt_is_refused_before_any_call()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Responder = _ => FakeChatReply.Text("never");
        await using var llm = LlmHarness.Create(server.Endpoint, server.ApiKey);

        await Assert.ThrowsAsync<ArgumentException>(() => llm.Client.CompleteAsync(
            new LlmRequest(LlmUseCase.Extract, "Extract the company.", "body") { JsonMode = true }));

        Assert.Empty(server.Requests);
    }
}

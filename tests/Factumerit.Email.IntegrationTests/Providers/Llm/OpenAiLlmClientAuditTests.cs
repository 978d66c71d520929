using Factumerit.Email.IntegrationTests.Fakes.Llm;
using Factumerit.Email.Llm;

namespace Factumerit.Email.IntegrationTests.Providers.Llm;

public sealed class OpenAiLlmClientAuditTests
{
    [Fact]
    public async Task Each_call_is_audited_with_its_prompt_answer_tokens_and_latency()
    {
        await using var server = await FakeLlmServer.StartAsync();
        await using var llm = LlmHarness.Create(server.Endpoint, server.ApiKey);
        server.Responder = request =>
        {
            llm.Clock.Advance(TimeSpan.FromMilliseconds(250));
            return FakeChatReply.Text($"reply to {request.UserContent}", promptTokens: 120, completionTokens: 30);
        };
        var startedAt = llm.Clock.GetUtcNow();

        var first = await llm.Client.CompleteAsync(new LlmRequest(LlmUseCase.Draft, "Write a reply.", "first mail"));
        await llm.Client.CompleteAsync(new LlmRequest(LlmUseCase.Classify, "Classify.", "second mail"));

        Assert.Equal(TimeSpan.FromMilliseconds(250), first.Latency);
        Assert.Collection(llm.Audit.Records,
            r =>
            {
                Assert.Equal(LlmUseCase.Draft, r.UseCase);
                Assert.Equal(LlmHarness.DraftModel, r.Model);
                Assert.Equal("Write a reply.", r.SystemPrompt);
                Assert.Equal("first mail", r.UserContent);
                Assert.Equal("reply to first mail", r.ResponseText);
                Assert.Equal((120, 30), (r.PromptTokens, r.CompletionTokens));
                Assert.Equal(TimeSpan.FromMilliseconds(250), r.Latency);
                Assert.Equal(startedAt, r.StartedAt);
                Assert.True(r.Succeeded);
            },
            r =>
            {
                Assert.Equal(LlmUseCase.Classify, r.UseCase);
                Assert.Equal("reply to second mail", r.ResponseText);
                Assert.Equal(startedAt.AddMilliseconds(250), r.StartedAt);
            });
    }

    [Fact]
    public async Task A_failed_call_is_audited_once_with_its_error_and_the_time_spent_retrying()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Responder = _ => FakeChatReply.ServerError();
        await using var llm = LlmHarness.Create(server.Endpoint, server.ApiKey);

        await Assert.ThrowsAsync<LlmUnavailableException>(() =>
            llm.Client.CompleteAsync(new LlmRequest(LlmUseCase.Context, "Summarise.", "thread text")));

        var record = Assert.Single(llm.Audit.Records);
        Assert.False(record.Succeeded);
        Assert.Null(record.ResponseText);
        Assert.Equal(LlmHarness.ContextModel, record.Model);
        Assert.Equal("thread text", record.UserContent);
        Assert.Contains("500", record.Error, StringComparison.Ordinal);
        Assert.Equal(llm.Clock.Waits.Aggregate(TimeSpan.Zero, (a, b) => a + b), record.Latency);
        Assert.True(record.Latency > TimeSpan.Zero);
    }

    [Fact]
    public async Task A_call_the_caller_abandons_is_cancelled_not_retried_and_still_audited()
    {
        await using var server = await FakeLlmServer.StartAsync();
        await using var llm = LlmHarness.Create(server.Endpoint, server.ApiKey);
        using var cts = new CancellationTokenSource();
        server.Responder = _ =>
        {
            // The caller gives up while the model is still "thinking".
            cts.Cancel();
            return FakeChatReply.Text("too late");
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            llm.Client.CompleteAsync(new LlmRequest(LlmUseCase.Draft, "Write a reply.", "mail"), cts.Token));

        Assert.Single(server.Requests);
        var record = Assert.Single(llm.Audit.Records);
        Assert.False(record.Succeeded);
        Assert.Null(record.ResponseText);
    }
}

using Factumerit.Email.Llm;

namespace Factumerit.Email.Tests.Assistant;

/// <summary>A hand-written <see cref="ILlmClient"/> that answers from a function and records the requests.</summary>
internal sealed class StubLlmClient(Func<LlmRequest, LlmResponse> answer) : ILlmClient
{
    public List<LlmRequest> Requests { get; } = [];

    public static StubLlmClient Answering(string text) => new(_ => new LlmResponse(text, "stub", 120, 20, TimeSpan.FromMilliseconds(5)));

    public static StubLlmClient Failing(LlmFailure failure) => new(_ => throw new LlmUnavailableException(failure, "stub failure", 503));

    public Task<LlmResponse> CompleteAsync(LlmRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Add(request);
        return Task.FromResult(answer(request));
    }
}

using Factumerit.Email.Llm;

namespace Factumerit.Email.Tests.Drafting;

/// <summary>A hand-written <see cref="ILlmClient"/> that answers from a function and records the requests.</summary>
internal sealed class ScriptedLlm(Func<LlmRequest, string> answer) : ILlmClient
{
    public List<LlmRequest> Requests { get; } = [];

    public Task<LlmResponse> CompleteAsync(LlmRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Add(request);
        return Task.FromResult(new LlmResponse(answer(request), "scripted", 100, 10, TimeSpan.Zero));
    }

    public static ScriptedLlm Failing(LlmFailure failure) =>
        new(_ => throw new LlmUnavailableException(failure, "scripted failure", 500));
}

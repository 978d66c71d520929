using Factumerit.Email.Llm;

namespace Factumerit.Email.Tests.PersonaHandlers;

/// <summary>
/// A model that answers from a script, for tests of a handler's own decisions (what it does with an answer, a bad
/// answer or no answer). Wire behaviour is covered against the fake server in the integration tests.
/// </summary>
internal sealed class ScriptedLlmClient : ILlmClient
{
    private readonly Queue<Func<LlmRequest, LlmResponse>> _answers = new();

    public List<LlmRequest> Requests { get; } = [];

    public ScriptedLlmClient Answer(string text, int promptTokens = 50, int completionTokens = 10, bool truncated = false)
    {
        _answers.Enqueue(_ => new LlmResponse(text, "scripted", promptTokens, completionTokens, TimeSpan.Zero, truncated));
        return this;
    }

    public ScriptedLlmClient Fail(LlmFailure failure = LlmFailure.ServiceError)
    {
        _answers.Enqueue(_ => throw new LlmUnavailableException(failure, "scripted failure"));
        return this;
    }

    public Task<LlmResponse> CompleteAsync(LlmRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Add(request);
        if (!_answers.TryDequeue(out var answer))
        {
            throw new InvalidOperationException("The scripted model was asked more often than the test expected.");
        }
        return Task.FromResult(answer(request));
    }
}

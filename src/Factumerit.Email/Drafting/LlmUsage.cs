using Factumerit.Email.Llm;

namespace Factumerit.Email.Drafting;

/// <summary>What one job spent on the model: calls (failed ones included) and tokens.</summary>
public sealed class LlmUsage
{
    private int _calls;
    private int _promptTokens;
    private int _completionTokens;

    public int Calls => _calls;
    public int PromptTokens => _promptTokens;
    public int CompletionTokens => _completionTokens;

    /// <summary>Runs the call and counts it, whether it answers or throws.</summary>
    public async Task<LlmResponse> CompleteAsync(ILlmClient client, LlmRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        Interlocked.Increment(ref _calls);
        var response = await client.CompleteAsync(request, cancellationToken).ConfigureAwait(false);
        Interlocked.Add(ref _promptTokens, response.PromptTokens);
        Interlocked.Add(ref _completionTokens, response.CompletionTokens);
        return response;
    }
}

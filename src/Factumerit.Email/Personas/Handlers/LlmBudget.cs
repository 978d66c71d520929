namespace Factumerit.Email.Personas.Handlers;

/// <summary>
/// Splits a route's per-message token budget (<see cref="EmailContext.LlmTokenBudget"/>) between the answer and the
/// prompt, so one call never spends more than the route allows. Prompt size is estimated at four characters a token.
/// </summary>
/// <param name="MaxOutputTokens">Passed as <c>MaxOutputTokens</c>.</param>
/// <param name="MaxInputChars">What the untrusted content of the user message may take, all wrapped parts together.</param>
public readonly record struct LlmBudget(int MaxOutputTokens, int MaxInputChars)
{
    public const int CharsPerToken = 4;
    private const int MinOutputTokens = 32;
    private const int MinInputChars = 200;

    /// <param name="tokenBudget">The route's tokens per message.</param>
    /// <param name="systemPrompt">Counted against the budget, since it is sent every time.</param>
    /// <param name="preferredOutputTokens">The answer size the handler would like; at most a third of the budget is given.</param>
    public static LlmBudget For(int tokenBudget, string systemPrompt, int preferredOutputTokens)
    {
        ArgumentNullException.ThrowIfNull(systemPrompt);
        var budget = Math.Max(tokenBudget, MinOutputTokens * 4);
        var output = Math.Clamp(preferredOutputTokens, MinOutputTokens, Math.Max(MinOutputTokens, budget / 3));
        var inputChars = (budget - output) * CharsPerToken - systemPrompt.Length;
        return new LlmBudget(output, Math.Max(MinInputChars, inputChars));
    }

    /// <summary>A share of <see cref="MaxInputChars"/> for one part of the prompt.</summary>
    public int Share(double fraction) => Math.Max(MinInputChars / 2, (int)(MaxInputChars * fraction));
}

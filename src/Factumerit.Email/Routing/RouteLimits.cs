namespace Factumerit.Email.Routing;

/// <summary>A route's cost and abuse limits (<c>limits:</c>).</summary>
/// <param name="DailyEmailsPerSender">Messages one sender may send this route per UTC day (<c>daily_emails</c>).</param>
/// <param name="LlmTokensPerEmail">LLM tokens one message may spend (<c>llm_tokens</c>).</param>
public sealed record RouteLimits(int DailyEmailsPerSender, int LlmTokensPerEmail)
{
    /// <summary>Used for any limit a route leaves out: modest, so a forgotten limit never costs much.</summary>
    public static RouteLimits Default { get; } = new(20, 2000);
}

namespace Factumerit.Email.IntegrationTests.Fakes.Llm;

public sealed record FakeChatMessage(string Role, string Content);

/// <summary>A chat completion request as the fake server received it.</summary>
/// <param name="Path">The request path, e.g. <c>/v1/chat/completions</c> or <c>/openai/v1/chat/completions</c>.</param>
/// <param name="Authorization">The Authorization header, if any.</param>
/// <param name="ApiKeyHeader">The <c>api-key</c> header (Azure style), if any.</param>
/// <param name="Authorized">Whether the credentials matched; unauthorized requests are recorded too.</param>
/// <param name="ResponseFormat">The <c>response_format.type</c>, e.g. <c>json_object</c>.</param>
/// <param name="MaxTokens"><c>max_completion_tokens</c>, else <c>max_tokens</c>.</param>
public sealed record FakeChatRequest(
    string Path,
    string? Authorization,
    string? ApiKeyHeader,
    bool Authorized,
    string? Model,
    IReadOnlyList<FakeChatMessage> Messages,
    double? Temperature,
    int? MaxTokens,
    string? ResponseFormat,
    string RawBody)
{
    public string SystemPrompt => string.Join("\n", Messages.Where(m => m.Role is "system" or "developer").Select(m => m.Content));

    public string UserContent => string.Join("\n", Messages.Where(m => m.Role == "user").Select(m => m.Content));
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Factumerit.Email.IntegrationTests.Fakes.Llm;

/// <summary>Reads requests and writes responses in the chat completions wire format.</summary>
internal static class FakeChatWire
{
    public static (string? Model, List<FakeChatMessage> Messages, double? Temperature, int? MaxTokens, string? Format) Read(string body)
    {
        var root = JsonNode.Parse(body)?.AsObject() ?? throw new JsonException("Body is not a JSON object.");
        var messages = root["messages"]?.AsArray()
            .Select(m => new FakeChatMessage((string?)m?["role"] ?? "", ContentText(m?["content"])))
            .ToList() ?? [];
        var maxTokens = (int?)root["max_completion_tokens"] ?? (int?)root["max_tokens"];
        return ((string?)root["model"], messages, (double?)root["temperature"], maxTokens, (string?)root["response_format"]?["type"]);
    }

    public static string Completion(long sequence, FakeChatRequest request, FakeChatReply reply)
    {
        var promptTokens = reply.PromptTokens ?? Math.Max(1, request.Messages.Sum(m => m.Content.Length) / 4);
        var completionTokens = reply.CompletionTokens ?? Math.Max(1, reply.Content.Length / 4);
        var completion = new JsonObject
        {
            ["id"] = $"chatcmpl-fake{sequence}",
            ["object"] = "chat.completion",
            ["created"] = 1_700_000_000 + sequence,
            ["model"] = reply.Model ?? request.Model ?? "unknown",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = reply.Content },
                ["finish_reason"] = reply.FinishReason,
            }),
            ["usage"] = new JsonObject
            {
                ["prompt_tokens"] = promptTokens,
                ["completion_tokens"] = completionTokens,
                ["total_tokens"] = promptTokens + completionTokens,
            },
        };
        return completion.ToJsonString();
    }

    public static string Error(string? message, string? type, string? code) => new JsonObject
    {
        ["error"] = new JsonObject
        {
            ["message"] = message,
            ["type"] = type,
            ["param"] = null,
            ["code"] = code,
        },
    }.ToJsonString();

    /// <summary>Content is a string, or an array of parts of which the text parts count.</summary>
    private static string ContentText(JsonNode? content) => content switch
    {
        JsonValue value => (string?)value ?? "",
        JsonArray parts => string.Concat(parts.Where(p => (string?)p?["type"] == "text").Select(p => (string?)p?["text"])),
        _ => "",
    };
}

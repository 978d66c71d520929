using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Factumerit.Email.Assistant.Messages;

namespace Factumerit.Email.Functions.Functions.Assistant.Drafting;

/// <summary>
/// The Gmail assistant's queue messages on the wire: camelCase JSON, read case-insensitively so producers that
/// write PascalCase are understood too.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(DraftRequested))]
[JsonSerializable(typeof(ReworkRequested))]
[JsonSerializable(typeof(ManualDraftRequested))]
[JsonSerializable(typeof(DoneRequested))]
[JsonSerializable(typeof(SentCheckRequested))]
[JsonSerializable(typeof(RetriageRequested))]
internal sealed partial class DraftingMessageJsonContext : JsonSerializerContext;

internal static class DraftingMessageJson
{
    /// <exception cref="JsonException">The text is not such a message; the queue retries and then poisons it.</exception>
    public static T Read<T>(string text, JsonTypeInfo<T> type) =>
        JsonSerializer.Deserialize(text, type) ?? throw new JsonException($"The queue message is not a {typeof(T).Name}.");
}

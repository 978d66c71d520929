using System.Text.Json;
using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.Functions.Hosting;

namespace Factumerit.Email.Functions.Functions.Assistant;

internal static class AssistantQueueMessage
{
    /// <summary>Reads a queue message; one that is not valid JSON of the type fails (and is poisoned after its retries).</summary>
    public static T Read<T>(QueueInvocation invocation)
        where T : class
    {
        var type = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)AssistantMessageJson.Default.GetTypeInfo(typeof(T))!;
        return JsonSerializer.Deserialize(invocation.MessageText, type)
            ?? throw new JsonException($"Queue message for {invocation.FunctionName} is empty.");
    }
}

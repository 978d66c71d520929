using System.Text.Json;
using System.Text.Json.Serialization;

namespace Factumerit.Email.Personas.Handlers.Support;

/// <summary>What a <c>support.escalation-reminder</c> schedule carries. The target is the route's configured address.</summary>
public sealed record EscalationReminderPayload(
    [property: JsonPropertyName("thread_id")] string ThreadId,
    [property: JsonPropertyName("escalate_to")] string EscalateTo,
    [property: JsonPropertyName("from")] string From,
    [property: JsonPropertyName("reason")] string ReasonCode,
    [property: JsonPropertyName("timeout_minutes")] int TimeoutMinutes)
{
    public const string Action = "support.escalation-reminder";

    /// <summary>The scheduler subject of a thread's reminder: acknowledging the thread cancels it.</summary>
    public static string SubjectKey(string threadId) => "escalation:" + threadId;

    public string Serialize() => JsonSerializer.Serialize(this, EscalationJsonContext.Default.EscalationReminderPayload);

    /// <exception cref="FormatException">Not an escalation reminder; the timer should end in the poison queue.</exception>
    public static EscalationReminderPayload Parse(string? payload)
    {
        try
        {
            var value = payload is null ? null : JsonSerializer.Deserialize(payload, EscalationJsonContext.Default.EscalationReminderPayload);
            return value is { ThreadId.Length: > 0, EscalateTo.Length: > 0, From.Length: > 0 }
                ? value
                : throw new FormatException("The escalation reminder payload lacks its thread, target or sender.");
        }
        catch (JsonException ex)
        {
            throw new FormatException("The escalation reminder payload is not valid JSON.", ex);
        }
    }
}

[JsonSerializable(typeof(EscalationReminderPayload))]
internal sealed partial class EscalationJsonContext : JsonSerializerContext;

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Factumerit.Email.Personas.Handlers.Eis;

/// <summary>What an <c>eis.reminder</c> schedule carries: who gets it, from which mailbox, and the text.</summary>
public sealed record ReminderPayload(
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("from")] string From,
    [property: JsonPropertyName("user_id")] string UserId)
{
    public const string Action = "eis.reminder";

    public string Serialize() => JsonSerializer.Serialize(this, EisJsonContext.Default.ReminderPayload);

    /// <exception cref="FormatException">The payload is not a reminder; the timer should end in the poison queue.</exception>
    public static ReminderPayload Parse(string? payload)
    {
        try
        {
            var value = payload is null ? null : JsonSerializer.Deserialize(payload, EisJsonContext.Default.ReminderPayload);
            return value is { Email.Length: > 0, From.Length: > 0, UserId.Length: > 0 }
                ? value
                : throw new FormatException("The reminder payload lacks its recipient, sender or user.");
        }
        catch (JsonException ex)
        {
            throw new FormatException("The reminder payload is not valid JSON.", ex);
        }
    }
}

[JsonSerializable(typeof(ReminderPayload))]
internal sealed partial class EisJsonContext : JsonSerializerContext;

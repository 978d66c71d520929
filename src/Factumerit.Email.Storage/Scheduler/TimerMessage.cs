using System.Text.Json;
using System.Text.Json.Serialization;

namespace Factumerit.Email.Storage.Scheduler;

/// <summary>
/// The <c>timers</c> queue message. It only points at the schedule row, which stays the source of truth: the due time
/// travels along for diagnostics, and a stale one does no harm.
/// </summary>
public sealed record TimerMessage(string Id, DateTimeOffset DueAt)
{
    public string ToJson() => JsonSerializer.Serialize(this, TimerMessageJsonContext.Default.TimerMessage);

    /// <exception cref="FormatException">The text is not a timer message; the queue retries and then poisons it.</exception>
    public static TimerMessage Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            var message = JsonSerializer.Deserialize(text, TimerMessageJsonContext.Default.TimerMessage);
            if (message is null || !ScheduleKeys.IsScheduleId(message.Id))
            {
                throw new FormatException("The timer message has no valid schedule id.");
            }
            return message;
        }
        catch (JsonException ex)
        {
            throw new FormatException("The timer message is not valid JSON of the expected shape.", ex);
        }
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(TimerMessage))]
internal sealed partial class TimerMessageJsonContext : JsonSerializerContext;

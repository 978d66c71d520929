using System.Text.Json;
using System.Text.Json.Serialization;

namespace Factumerit.Email.Personas.Handlers.Onboard;

/// <summary>An onboarding follow-up, rendered when it was scheduled so the action needs no route config.</summary>
public sealed record FollowUpPayload(
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("from")] string From,
    [property: JsonPropertyName("step")] string Step,
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("text")] string Text)
{
    public const string TipsAction = "onboard.tips";
    public const string CheckInAction = "onboard.checkin";

    /// <summary>The scheduler subject of a user's follow-ups: cancelling it stops them all.</summary>
    public static string SubjectKey(string email) => "onboard:" + email;

    public string Serialize() => JsonSerializer.Serialize(this, OnboardJsonContext.Default.FollowUpPayload);

    /// <exception cref="FormatException">Not a follow-up payload; the timer should end in the poison queue.</exception>
    public static FollowUpPayload Parse(string? payload)
    {
        try
        {
            var value = payload is null ? null : JsonSerializer.Deserialize(payload, OnboardJsonContext.Default.FollowUpPayload);
            return value is { Email.Length: > 0, From.Length: > 0, Step.Length: > 0, Text.Length: > 0 }
                ? value
                : throw new FormatException("The follow-up payload lacks its recipient, sender, step or text.");
        }
        catch (JsonException ex)
        {
            throw new FormatException("The follow-up payload is not valid JSON.", ex);
        }
    }
}

[JsonSerializable(typeof(FollowUpPayload))]
internal sealed partial class OnboardJsonContext : JsonSerializerContext;

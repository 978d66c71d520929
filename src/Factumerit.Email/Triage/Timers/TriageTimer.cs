using System.Text.Json;
using System.Text.Json.Serialization;

namespace Factumerit.Email.Triage.Timers;

/// <summary>A triage timer's payload: which thread (and message), and the folder it was in when scheduled.</summary>
public sealed record TriageTimer(string Mailbox, string ThreadId, string MessageId, string? From = null)
{
    public string ToPayload() => JsonSerializer.Serialize(this, TriageTimerJson.Default.TriageTimer);

    public static TriageTimer Parse(string? payload) =>
        (payload is null ? null : JsonSerializer.Deserialize(payload, TriageTimerJson.Default.TriageTimer))
        ?? throw new InvalidOperationException("A triage timer has no payload.");

    public static string Subject(string mailbox, string threadId) => $"triage|{mailbox}|{threadId}";
}

/// <summary>The scheduled actions triage registers with the durable scheduler.</summary>
public static class TriageActions
{
    public const string Trash = "triage.trash";
    public const string Archive = "triage.archive";
    public const string Resurface = "triage.resurface";
    public const string Waiting = "triage.waiting";
}

[JsonSerializable(typeof(TriageTimer))]
internal sealed partial class TriageTimerJson : JsonSerializerContext;

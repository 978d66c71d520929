using System.Text.Json.Serialization;

namespace Factumerit.Email.Recruiting.Sync;

/// <summary>Queue <c>recruiting-sync</c>: run task <paramref name="TaskId"/> for <paramref name="Mailbox"/>.</summary>
public sealed record RecruitingSyncRequested(string Mailbox, string TaskId)
{
    public const string Queue = "recruiting-sync";
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(RecruitingSyncRequested))]
public sealed partial class RecruitingMessageJson : JsonSerializerContext;

using System.Text.Json.Serialization;

namespace Factumerit.Email.Triage.Organize;

/// <summary>Sends <see cref="OrganizeRequested"/> messages to the <c>triage-organize</c> queue.</summary>
public interface IOrganizeQueue
{
    Task SendAsync(OrganizeRequested message, TimeSpan? delay = null, CancellationToken cancellationToken = default);
}

/// <summary>Queue <c>triage-organize</c>: do page <paramref name="Page"/> of run <paramref name="RunId"/> (page 0 lists the Inbox first).</summary>
public sealed record OrganizeRequested(string Mailbox, string RunId, int Page)
{
    public const string Queue = "triage-organize";
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(OrganizeRequested))]
public sealed partial class OrganizeMessageJson : JsonSerializerContext;

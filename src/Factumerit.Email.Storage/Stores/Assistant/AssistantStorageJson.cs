using System.Text.Json.Serialization;
using Factumerit.Email.Assistant.Mailboxes;

namespace Factumerit.Email.Storage.Stores.Assistant;

/// <summary>JSON for the structured columns of the mailbox row (settings, label ids).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(MailboxSettings))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class AssistantStorageJson : JsonSerializerContext;

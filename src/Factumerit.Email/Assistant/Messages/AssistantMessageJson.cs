using System.Text.Json.Serialization;

namespace Factumerit.Email.Assistant.Messages;

/// <summary>
/// The wire format of the assistant's queue messages: camelCase JSON, source-generated. Producers and consumers
/// both use it so a message written by one instance reads the same in another.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(MailboxSyncRequested))]
[JsonSerializable(typeof(ClassifyRequested))]
[JsonSerializable(typeof(DraftRequested))]
[JsonSerializable(typeof(ReworkRequested))]
[JsonSerializable(typeof(ManualDraftRequested))]
[JsonSerializable(typeof(DoneRequested))]
[JsonSerializable(typeof(SentCheckRequested))]
[JsonSerializable(typeof(RetriageRequested))]
[JsonSerializable(typeof(TriageLabelChanged))]
public sealed partial class AssistantMessageJson : JsonSerializerContext;

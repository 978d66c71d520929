using System.Text.Json.Serialization;

namespace Factumerit.Email.Providers.Gmail.Data;

/// <summary>Source-generated (de)serialisation for the Gmail wire format: camelCase, nulls omitted.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Message))]
[JsonSerializable(typeof(Thread))]
[JsonSerializable(typeof(Draft))]
[JsonSerializable(typeof(Label))]
[JsonSerializable(typeof(Profile))]
[JsonSerializable(typeof(ListMessagesResponse))]
[JsonSerializable(typeof(ListDraftsResponse))]
[JsonSerializable(typeof(ListLabelsResponse))]
[JsonSerializable(typeof(ListHistoryResponse))]
[JsonSerializable(typeof(ListThreadsResponse))]
[JsonSerializable(typeof(ModifyMessageRequest))]
[JsonSerializable(typeof(ModifyThreadRequest))]
[JsonSerializable(typeof(WatchRequest))]
[JsonSerializable(typeof(WatchResponse))]
[JsonSerializable(typeof(GmailErrorEnvelope))]
public sealed partial class GmailJsonContext : JsonSerializerContext;

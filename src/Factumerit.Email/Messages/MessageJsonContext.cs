using System.Text.Json.Serialization;

namespace Factumerit.Email.Messages;

/// <summary>Source-generated JSON for every queue message, camelCase on the wire.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(EmailReceived))]
[JsonSerializable(typeof(SendRequested))]
public sealed partial class MessageJsonContext : JsonSerializerContext;

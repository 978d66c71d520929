using System.Text.Json.Serialization;

namespace Factumerit.Email.Personas.Handlers.Support;

/// <summary>The model's answer: the reply text, and whether the FAQ actually covered the question.</summary>
public sealed record SupportAnswer(
    [property: JsonPropertyName("answer")] string? Answer,
    [property: JsonPropertyName("can_answer")] bool? CanAnswer);

[JsonSerializable(typeof(SupportAnswer))]
internal sealed partial class SupportJsonContext : JsonSerializerContext;

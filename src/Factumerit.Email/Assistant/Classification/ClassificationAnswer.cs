using System.Text.Json.Serialization;

namespace Factumerit.Email.Assistant.Classification;

/// <summary>The JSON the model is asked for.</summary>
public sealed record ClassificationAnswer
{
    [JsonPropertyName("category")]
    public string? Category { get; init; }

    [JsonPropertyName("confidence")]
    public string? Confidence { get; init; }

    [JsonPropertyName("reasoning")]
    public string? Reasoning { get; init; }

    [JsonPropertyName("detected_language")]
    public string? DetectedLanguage { get; init; }

    [JsonPropertyName("resolved_style")]
    public string? ResolvedStyle { get; init; }
}

[JsonSourceGenerationOptions(AllowTrailingCommas = true, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(ClassificationAnswer))]
internal sealed partial class ClassificationAnswerJson : JsonSerializerContext;

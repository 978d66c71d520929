using System.Text.Json;
using System.Text.Json.Serialization;

namespace Factumerit.Email.Triage.Decisions;

/// <summary>The triage JSON the model returns (spec 003 "LLM Prompt Design").</summary>
public sealed record TriageAnswer
{
    [JsonPropertyName("folder")]
    public string? Folder { get; init; }

    [JsonPropertyName("tags")]
    public IReadOnlyList<string>? Tags { get; init; }

    [JsonPropertyName("confidence")]
    public double? Confidence { get; init; }

    [JsonPropertyName("snoozeUntil")]
    public string? SnoozeUntil { get; init; }

    [JsonPropertyName("autoDeleteMinutes")]
    public int? AutoDeleteMinutes { get; init; }

    [JsonPropertyName("patternAgreed")]
    public bool? PatternAgreed { get; init; }

    [JsonPropertyName("reasoning")]
    public string? Reasoning { get; init; }
}

/// <summary>With classification, the one answer carries triage's JSON under <c>"triage"</c>.</summary>
public sealed record SharedAnswer
{
    [JsonPropertyName("triage")]
    public TriageAnswer? Triage { get; init; }
}

[JsonSourceGenerationOptions(AllowTrailingCommas = true, ReadCommentHandling = JsonCommentHandling.Skip,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(TriageAnswer))]
[JsonSerializable(typeof(SharedAnswer))]
internal sealed partial class TriageAnswerJson : JsonSerializerContext;

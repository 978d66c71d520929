using System.Text.Json.Serialization;

namespace Factumerit.Email.Personas.Handlers.Triage;

/// <summary>Labels (from the configured set, or <c>unclassified</c>) and a priority.</summary>
public sealed record TriageClassification(IReadOnlyList<string> Labels, string Priority, bool FromModel)
{
    public const string Unclassified = "unclassified";
    public static readonly string[] Priorities = ["low", "normal", "high"];

    public static TriageClassification Fallback { get; } = new([Unclassified], "normal", false);

    /// <summary>Keeps only configured labels (in configured order and spelling) and a known priority.</summary>
    public static TriageClassification Validate(TriageAnswer answer, IReadOnlyList<string> configured)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var given = new HashSet<string>((answer.Labels ?? []).Where(l => l is not null).Select(l => l.Trim()), StringComparer.OrdinalIgnoreCase);
        var labels = configured.Where(given.Contains).ToArray();
        var priority = Priorities.FirstOrDefault(p => string.Equals(p, answer.Priority?.Trim(), StringComparison.OrdinalIgnoreCase)) ?? "normal";
        return new TriageClassification(labels.Length == 0 ? [Unclassified] : labels, priority, true);
    }
}

/// <summary>The model's answer as it must be written.</summary>
public sealed record TriageAnswer(
    [property: JsonPropertyName("labels")] IReadOnlyList<string>? Labels,
    [property: JsonPropertyName("priority")] string? Priority);

[JsonSerializable(typeof(TriageAnswer))]
internal sealed partial class TriageJsonContext : JsonSerializerContext;

using System.Text.Json.Serialization;

namespace Factumerit.Email.Providers.Vikunja;

/// <summary>The task fields eis reads. Updates send the task back whole (see <see cref="VikunjaClient.MarkDoneAsync"/>).</summary>
public sealed record VikunjaTask
{
    [JsonPropertyName("id")]
    public long Id { get; init; }

    [JsonPropertyName("title")]
    public string Title { get; init; } = "";

    [JsonPropertyName("done")]
    public bool Done { get; init; }

    [JsonPropertyName("project_id")]
    public long ProjectId { get; init; }

    [JsonPropertyName("created")]
    public DateTimeOffset? Created { get; init; }

    /// <summary>Vikunja writes <c>0001-01-01T00:00:00Z</c> for "no due date".</summary>
    [JsonPropertyName("due_date")]
    public DateTimeOffset? DueDate { get; init; }
}

internal sealed record VikunjaError([property: JsonPropertyName("code")] int? Code, [property: JsonPropertyName("message")] string? Message);

internal sealed record VikunjaNewTask([property: JsonPropertyName("title")] string Title);

[JsonSerializable(typeof(VikunjaTask))]
[JsonSerializable(typeof(List<VikunjaTask>))]
[JsonSerializable(typeof(VikunjaError))]
[JsonSerializable(typeof(VikunjaNewTask))]
internal sealed partial class VikunjaJsonContext : JsonSerializerContext;

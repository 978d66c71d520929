using System.Text.Json.Serialization;
using Factumerit.Email.Triage.Organize;

namespace Factumerit.Email.Functions.Api;

internal sealed record OrganizeStartResponse(string RunId, string Status, bool AlreadyRunning);

internal sealed record OrganizeRunResponse(string Id, string Mailbox, string Status, int PageSize, int PagesDone, int PagesTotal, bool Listed,
    int ThreadsSeen, int ThreadsMoved, int ThreadsKept, int ThreadsReview, int ThreadsSkipped, int Errors, string? Error,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static OrganizeRunResponse From(OrganizeRun r) => new(r.Id, r.Mailbox, r.Status, r.PageSize, r.PagesDone, r.PagesTotal, r.Listed,
        r.Counts.Seen, r.Counts.Moved, r.Counts.Kept, r.Counts.Review, r.Counts.Skipped, r.Counts.Errors, r.Error, r.CreatedAt, r.UpdatedAt);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(OrganizeStartResponse))]
[JsonSerializable(typeof(OrganizeRunResponse))]
[JsonSerializable(typeof(ApiError))]
internal sealed partial class TriageOrganizeApiJson : JsonSerializerContext;

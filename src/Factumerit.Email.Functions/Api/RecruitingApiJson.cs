using System.Text.Json.Serialization;
using Factumerit.Email.Recruiting.Pipeline;
using Factumerit.Email.Recruiting.Signals;
using Factumerit.Email.Recruiting.Sync;

namespace Factumerit.Email.Functions.Api;

internal sealed record AddCompanyRequest(string? Mailbox, string? Name, string? Domain, string? Stage);

internal sealed record AddContactRequest(string? Mailbox, string? Email, string? Name, string? CompanyId, string? Stage);

internal sealed record CompanyResponse(string Id, string Mailbox, string Name, string? Domain, string Stage)
{
    public static CompanyResponse From(TrackedCompany c) => new(c.Id, c.Mailbox, c.Name, c.Domain, c.Stage);
}

internal sealed record ContactResponse(string Id, string Mailbox, string Email, string? Name, string? CompanyId, string Stage)
{
    public static ContactResponse From(TrackedContact c) => new(c.Id, c.Mailbox, c.Email, c.Name, c.CompanyId, c.Stage);
}

internal sealed record LeadResponse(string Id, string Mailbox, string Company, string? Title, string Url, string Source, string Status,
    DateTimeOffset CreatedAt)
{
    public static LeadResponse From(JobRow j) => new(j.Id, j.Mailbox, j.Company, j.Title, j.Url, j.Source, j.Status, j.CreatedAt);
}

internal sealed record SignalStateResponse(string Id, string? Signal, bool SuggestionDismissed, string? AppliedStage)
{
    public static SignalStateResponse From(ContactMessage m) => new(m.Id, m.Signal, m.SuggestionDismissed, m.AppliedStage);
}

internal sealed record SyncStartResponse(string TaskId, string Status, bool AlreadyRunning);

internal sealed record TaskProgress(int Processed, int Total);

internal sealed record TaskResponse(string Id, string Kind, string Mailbox, string Status, int Scanned, int Signals, int Leads,
    IReadOnlyList<string> Errors, TaskProgress Progress, string? Error, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? FinishedAt)
{
    public static TaskResponse From(RecruitingTask t) => new(t.Id, t.Kind, t.Mailbox, t.Status, t.Summary.Scanned, t.Summary.Signals,
        t.Summary.Leads, t.Summary.Errors, new TaskProgress(t.Summary.Scanned, Math.Max(t.Summary.Total, t.Summary.Scanned)), t.Error,
        t.CreatedAt, t.UpdatedAt, t.FinishedAt);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(AddCompanyRequest))]
[JsonSerializable(typeof(AddContactRequest))]
[JsonSerializable(typeof(CompanyResponse))]
[JsonSerializable(typeof(List<CompanyResponse>))]
[JsonSerializable(typeof(ContactResponse))]
[JsonSerializable(typeof(List<ContactResponse>))]
[JsonSerializable(typeof(LeadResponse))]
[JsonSerializable(typeof(List<LeadResponse>))]
[JsonSerializable(typeof(List<SignalView>))]
[JsonSerializable(typeof(SignalStateResponse))]
[JsonSerializable(typeof(SyncStartResponse))]
[JsonSerializable(typeof(TaskResponse))]
[JsonSerializable(typeof(ApiError))]
internal sealed partial class RecruitingApiJson : JsonSerializerContext;

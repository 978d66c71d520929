using Factumerit.Email.Recruiting.Leads;
using Factumerit.Email.Recruiting.Signals;

namespace Factumerit.Email.Functions.Api;

/// <summary>
/// Stage signals and email leads (operator API, <c>Admin__ApiKey</c>): <c>GET /api/recruiting/signals</c> (the most
/// recent undismissed signal per job), <c>POST /api/signals/{id}/dismiss</c>, <c>POST /api/signals/{id}/apply[?stage=]</c>
/// (the only way a stage moves), <c>GET /api/leads[?mailbox=&amp;status=]</c>, <c>POST /api/leads/{id}/approve|reject</c>.
/// </summary>
internal static class RecruitingReviewEndpoints
{
    public const string SignalsRoute = "recruiting/signals";
    public const string DismissRoute = "signals/{id}/dismiss";
    public const string ApplyRoute = "signals/{id}/apply";
    public const string LeadsRoute = "leads";
    public const string ApproveRoute = "leads/{id}/approve";
    public const string RejectRoute = "leads/{id}/reject";

    public static IEndpointRouteBuilder MapRecruitingReviewEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/" + SignalsRoute, async (string? mailbox, SignalService signals, CancellationToken cancellationToken) =>
            TypedResults.Json((await signals.ListAsync(mailbox?.Trim().ToLowerInvariant(), cancellationToken)).ToList(),
                RecruitingApiJson.Default.ListSignalView)).RequireAdminApiKey();
        endpoints.MapPost("/api/" + DismissRoute, async (string id, SignalService signals, CancellationToken cancellationToken) =>
            await signals.DismissAsync(id, cancellationToken) is { } dismissed
                ? TypedResults.Json(SignalStateResponse.From(dismissed), RecruitingApiJson.Default.SignalStateResponse)
                : Results.NotFound()).RequireAdminApiKey();
        endpoints.MapPost("/api/" + ApplyRoute, async (string id, string? stage, SignalService signals, CancellationToken cancellationToken) =>
        {
            var outcome = await signals.ApplyAsync(id, stage, cancellationToken);
            return !outcome.Found ? Results.NotFound()
                : outcome.Problem is { } problem
                    ? TypedResults.Json(new ApiError(problem), RecruitingApiJson.Default.ApiError, statusCode: StatusCodes.Status409Conflict)
                    : TypedResults.Json(new SignalStateResponse(id, null, true, outcome.Stage), RecruitingApiJson.Default.SignalStateResponse);
        }).RequireAdminApiKey();

        endpoints.MapGet("/api/" + LeadsRoute, async (string? mailbox, string? status, LeadService leads, CancellationToken cancellationToken) =>
            TypedResults.Json((await leads.ListAsync(mailbox?.Trim().ToLowerInvariant(), status, cancellationToken)).Select(LeadResponse.From).ToList(),
                RecruitingApiJson.Default.ListLeadResponse)).RequireAdminApiKey();
        endpoints.MapPost("/api/" + ApproveRoute, (string id, LeadService leads, CancellationToken cancellationToken) =>
            DecideAsync(leads, id, true, cancellationToken)).RequireAdminApiKey();
        endpoints.MapPost("/api/" + RejectRoute, (string id, LeadService leads, CancellationToken cancellationToken) =>
            DecideAsync(leads, id, false, cancellationToken)).RequireAdminApiKey();
        return endpoints;
    }

    private static async Task<IResult> DecideAsync(LeadService leads, string id, bool approve, CancellationToken cancellationToken) =>
        await leads.DecideAsync(id, approve, cancellationToken) is { } lead
            ? TypedResults.Json(LeadResponse.From(lead), RecruitingApiJson.Default.LeadResponse)
            : Results.NotFound();
}

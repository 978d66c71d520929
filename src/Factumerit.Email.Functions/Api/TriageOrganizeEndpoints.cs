using Factumerit.Email.Triage.Organize;

namespace Factumerit.Email.Functions.Api;

/// <summary>
/// <c>POST /api/triage/organize?mailbox=…</c> starts Organize Inbox (202 with the run id; the running run's id when
/// one runs; 400 without a mailbox; 404 unknown mailbox; 409 triage off) and <c>GET /api/triage/organize/{id}</c>
/// gives its status and progress. Operator API.
/// </summary>
internal static class TriageOrganizeEndpoints
{
    public const string StartRoute = "triage/organize";
    public const string RunRoute = "triage/organize/{id}";

    public static IEndpointRouteBuilder MapTriageOrganizeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/" + StartRoute, async (string? mailbox, OrganizeStarter starter, CancellationToken cancellationToken) =>
        {
            if (string.IsNullOrWhiteSpace(mailbox))
            {
                return Error("Give ?mailbox=.", StatusCodes.Status400BadRequest);
            }
            var start = await starter.StartAsync(mailbox, cancellationToken);
            return start.Kind switch
            {
                OrganizeStartKind.Started or OrganizeStartKind.AlreadyRunning => TypedResults.Json(
                    new OrganizeStartResponse(start.RunId!, start.Kind == OrganizeStartKind.Started ? OrganizeStatuses.Queued : OrganizeStatuses.Running,
                        start.Kind == OrganizeStartKind.AlreadyRunning),
                    TriageOrganizeApiJson.Default.OrganizeStartResponse, statusCode: StatusCodes.Status202Accepted),
                OrganizeStartKind.Disabled => Error("Triage is off for this mailbox (setting triageEnabled).", StatusCodes.Status409Conflict),
                _ => Results.NotFound(),
            };
        }).RequireAdminApiKey();
        endpoints.MapGet("/api/" + RunRoute, async (string id, IOrganizeStore runs, CancellationToken cancellationToken) =>
            await runs.GetRunAsync(id, cancellationToken) is { } run
                ? TypedResults.Json(OrganizeRunResponse.From(run), TriageOrganizeApiJson.Default.OrganizeRunResponse)
                : Results.NotFound()).RequireAdminApiKey();
        return endpoints;
    }

    private static IResult Error(string message, int status) =>
        TypedResults.Json(new ApiError(message), TriageOrganizeApiJson.Default.ApiError, statusCode: status);
}

using Factumerit.Email.Recruiting.Sync;

namespace Factumerit.Email.Functions.Api;

/// <summary>
/// <c>POST /api/recruiting/sync?mailbox=…</c> (202 with the task id; the running sync's id when one runs; 404
/// unknown mailbox; 409 recruiting off) and <c>GET /api/tasks/{id}</c> (status and summary). Operator API.
/// </summary>
internal static class RecruitingSyncEndpoints
{
    public const string SyncRoute = "recruiting/sync";
    public const string TaskRoute = "tasks/{id}";

    public static IEndpointRouteBuilder MapRecruitingSyncEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/" + SyncRoute, async (string? mailbox, RecruitingSyncStarter starter, CancellationToken cancellationToken) =>
        {
            if (string.IsNullOrWhiteSpace(mailbox))
            {
                return RecruitingPipelineEndpoints.BadRequest("Give ?mailbox=.");
            }
            var start = await starter.StartAsync(mailbox, enqueue: true, cancellationToken);
            return start.Kind switch
            {
                SyncStartKind.Started or SyncStartKind.AlreadyRunning => TypedResults.Json(
                    new SyncStartResponse(start.TaskId!, start.Kind == SyncStartKind.Started ? TaskStatuses.Queued : TaskStatuses.Running,
                        start.Kind == SyncStartKind.AlreadyRunning),
                    RecruitingApiJson.Default.SyncStartResponse, statusCode: StatusCodes.Status202Accepted),
                SyncStartKind.Disabled => TypedResults.Json(new ApiError("Recruiting is off for this mailbox (setting recruitingEnabled)."),
                    RecruitingApiJson.Default.ApiError, statusCode: StatusCodes.Status409Conflict),
                _ => Results.NotFound(),
            };
        }).RequireAdminApiKey();
        endpoints.MapGet("/api/" + TaskRoute, async (string id, IRecruitingSyncStore syncs, CancellationToken cancellationToken) =>
            await syncs.GetTaskAsync(id, cancellationToken) is { } task
                ? TypedResults.Json(TaskResponse.From(task), RecruitingApiJson.Default.TaskResponse)
                : Results.NotFound()).RequireAdminApiKey();
        return endpoints;
    }
}

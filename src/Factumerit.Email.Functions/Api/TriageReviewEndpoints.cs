using System.Text.Json;
using Factumerit.Email.Triage.Review;

namespace Factumerit.Email.Functions.Api;

/// <summary>
/// The Review folder (operator API, <c>Admin__ApiKey</c>): <c>GET /api/review?mailbox=</c> lists the threads waiting
/// there; <c>POST /api/review/{threadId}/accept|override|dismiss[?mailbox=]</c> files one (override takes
/// <c>{"folder": "..."}</c>; 400 with the allowed folders otherwise). Without <c>mailbox</c> the thread is looked up
/// in every connected mailbox (409 when several have it). 404 unknown; 409 not in Review; a repeat changes nothing.
/// </summary>
internal static class TriageReviewEndpoints
{
    public const string ListRoute = "review";
    public const string AcceptRoute = "review/{threadId}/accept";
    public const string OverrideRoute = "review/{threadId}/override";
    public const string DismissRoute = "review/{threadId}/dismiss";

    public static IEndpointRouteBuilder MapTriageReviewEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/" + ListRoute, async (string? mailbox, ReviewService review, CancellationToken cancellationToken) =>
        {
            if (string.IsNullOrWhiteSpace(mailbox))
            {
                return Error("Give ?mailbox=.", StatusCodes.Status400BadRequest);
            }
            return await review.ListAsync(mailbox, cancellationToken) is { } items
                ? TypedResults.Json(items.Select(ReviewItemResponse.From).ToList(), TriageApiJson.Default.ListReviewItemResponse)
                : Results.NotFound();
        }).RequireAdminApiKey();
        endpoints.MapPost("/api/" + AcceptRoute, (string threadId, string? mailbox, ReviewService review, CancellationToken cancellationToken) =>
            SettleAsync(review, threadId, mailbox, ReviewAction.Accept, null, cancellationToken)).RequireAdminApiKey();
        endpoints.MapPost("/api/" + DismissRoute, (string threadId, string? mailbox, ReviewService review, CancellationToken cancellationToken) =>
            SettleAsync(review, threadId, mailbox, ReviewAction.Dismiss, null, cancellationToken)).RequireAdminApiKey();
        endpoints.MapPost("/api/" + OverrideRoute, async (string threadId, string? mailbox, HttpRequest request, ReviewService review,
            CancellationToken cancellationToken) =>
        {
            var body = await ReadFolderAsync(request, cancellationToken);
            if (ReviewFolders.Parse(body?.Folder) is null)
            {
                return TypedResults.Json(FolderError.For(body?.Folder), TriageApiJson.Default.FolderError, statusCode: StatusCodes.Status400BadRequest);
            }
            return await SettleAsync(review, threadId, mailbox, ReviewAction.Override, body!.Folder, cancellationToken);
        }).RequireAdminApiKey();
        return endpoints;
    }

    internal static IResult Error(string message, int status) =>
        TypedResults.Json(new ApiError(message), TriageApiJson.Default.ApiError, statusCode: status);

    internal static async Task<FolderRequest?> ReadFolderAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await request.ReadFromJsonAsync(TriageApiJson.Default.FolderRequest, cancellationToken);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or BadHttpRequestException)
        {
            return null;
        }
    }

    private static async Task<IResult> SettleAsync(ReviewService review, string threadId, string? mailbox, ReviewAction action, string? folder,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(mailbox))
        {
            var owners = await review.FindMailboxesAsync(threadId, cancellationToken);
            if (owners.Count > 1)
            {
                return Error("The thread id exists in several mailboxes; add ?mailbox=.", StatusCodes.Status409Conflict);
            }
            mailbox = owners.FirstOrDefault();
            if (mailbox is null)
            {
                return Results.NotFound();
            }
        }
        var outcome = await review.SettleAsync(mailbox, threadId, action, folder, cancellationToken);
        return outcome.Kind switch
        {
            ReviewOutcomeKind.Settled or ReviewOutcomeKind.AlreadySettled =>
                TypedResults.Json(ReviewSettledResponse.From(outcome), TriageApiJson.Default.ReviewSettledResponse),
            ReviewOutcomeKind.NotInReview => Error($"The thread is not in Review (it is in {outcome.Thread!.FinalFolder}).", StatusCodes.Status409Conflict),
            ReviewOutcomeKind.InvalidFolder => TypedResults.Json(FolderError.For(folder), TriageApiJson.Default.FolderError,
                statusCode: StatusCodes.Status400BadRequest),
            _ => Results.NotFound(),
        };
    }
}

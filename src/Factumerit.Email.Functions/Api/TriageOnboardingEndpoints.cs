using Factumerit.Email.Triage.Onboarding;
using Factumerit.Email.Triage.Review;

namespace Factumerit.Email.Functions.Api;

/// <summary>
/// Onboarding training (operator API, <c>Admin__ApiKey</c>): <c>GET /api/triage/onboarding?mailbox=</c> gives up to
/// 12 diverse recent emails with triage's suggestion for each; <c>POST /api/triage/onboarding/{messageId}?mailbox=</c>
/// with <c>{"folder": "..."}</c> confirms or corrects one (400 with the allowed folders for any other folder; 404
/// unknown; a second answer for the same email changes nothing).
/// </summary>
internal static class TriageOnboardingEndpoints
{
    public const string SelectRoute = "triage/onboarding";
    public const string AnswerRoute = "triage/onboarding/{messageId}";

    public static IEndpointRouteBuilder MapTriageOnboardingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/" + SelectRoute, async (string? mailbox, OnboardingService onboarding, CancellationToken cancellationToken) =>
        {
            if (string.IsNullOrWhiteSpace(mailbox))
            {
                return TriageReviewEndpoints.Error("Give ?mailbox=.", StatusCodes.Status400BadRequest);
            }
            return await onboarding.SelectAsync(mailbox, cancellationToken) is { } items
                ? TypedResults.Json(new OnboardingResponse(mailbox.Trim().ToLowerInvariant(), items.Select(OnboardingItemResponse.Of).ToList(),
                    ReviewFolders.Allowed), TriageApiJson.Default.OnboardingResponse)
                : Results.NotFound();
        }).RequireAdminApiKey();
        endpoints.MapPost("/api/" + AnswerRoute, async (string messageId, string? mailbox, HttpRequest request, OnboardingService onboarding,
            CancellationToken cancellationToken) =>
        {
            if (string.IsNullOrWhiteSpace(mailbox))
            {
                return TriageReviewEndpoints.Error("Give ?mailbox=.", StatusCodes.Status400BadRequest);
            }
            var body = await TriageReviewEndpoints.ReadFolderAsync(request, cancellationToken);
            var outcome = await onboarding.AnswerAsync(mailbox, messageId, body?.Folder, cancellationToken);
            return outcome.Kind switch
            {
                OnboardingOutcomeKind.InvalidFolder => TypedResults.Json(FolderError.For(body?.Folder), TriageApiJson.Default.FolderError,
                    statusCode: StatusCodes.Status400BadRequest),
                OnboardingOutcomeKind.Recorded or OnboardingOutcomeKind.AlreadyAnswered => TypedResults.Json(
                    new OnboardingAnswerResponse(messageId, outcome.Example!.UserChoice, outcome.Example.AiSuggestion, outcome.Example.WasCorrection,
                        outcome.Kind == OnboardingOutcomeKind.Recorded, RuleResponse.From(outcome.Rule)),
                    TriageApiJson.Default.OnboardingAnswerResponse),
                _ => Results.NotFound(),
            };
        }).RequireAdminApiKey();
        return endpoints;
    }
}

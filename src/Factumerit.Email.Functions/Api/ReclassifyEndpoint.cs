using System.Text.Json.Serialization;
using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Classification;
using Factumerit.Email.Assistant.Mailboxes;

namespace Factumerit.Email.Functions.Api;

/// <summary>
/// <c>POST /api/emails/{id}/reclassify[?mailbox=…]</c> (operator API, <c>Admin__ApiKey</c>): runs the whole
/// classification again for a Gmail message. Without <c>mailbox</c> the message is looked up in every connected
/// mailbox (409 if more than one has it). 200 with the new classification; 404 unknown; 410 gone from Gmail.
/// </summary>
internal static class ReclassifyEndpoint
{
    public const string Route = "emails/{id}/reclassify";

    public static IEndpointRouteBuilder MapReclassifyEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/" + Route, async (string id, string? mailbox, ReclassificationService reclassifier,
            IMailboxStore mailboxes, IAssistantEmailStore emails, CancellationToken cancellationToken) =>
        {
            var owner = mailbox ?? await FindMailboxAsync(id, mailboxes, emails, cancellationToken);
            if (owner is null)
            {
                return Results.NotFound();
            }
            if (owner.Length == 0)
            {
                return Results.Conflict(new ApiError("The message id exists in several mailboxes; add ?mailbox=."));
            }
            var outcome = await reclassifier.ReclassifyAsync(owner, id, cancellationToken);
            return outcome.Kind switch
            {
                ReclassifyOutcomeKind.Reclassified or ReclassifyOutcomeKind.ClassifiedNew =>
                    TypedResults.Json(ReclassifyResponse.From(outcome), ApiJson.Default.ReclassifyResponse),
                ReclassifyOutcomeKind.MessageGone => Results.StatusCode(StatusCodes.Status410Gone),
                _ => Results.NotFound(),
            };
        }).RequireAdminApiKey();
        return endpoints;
    }

    /// <returns>The mailbox holding the record; null when none does; empty when several do.</returns>
    private static async Task<string?> FindMailboxAsync(string id, IMailboxStore mailboxes, IAssistantEmailStore emails,
        CancellationToken cancellationToken)
    {
        var owners = new List<string>();
        foreach (var box in await mailboxes.ListAsync(cancellationToken))
        {
            if (await emails.GetAsync(box.Address, id, cancellationToken) is not null)
            {
                owners.Add(box.Address);
            }
        }
        return owners.Count switch { 0 => null, 1 => owners[0], _ => "" };
    }
}

internal sealed record ApiError(string Error);

internal sealed record ReclassifyResponse(
    string Mailbox,
    string MessageId,
    string? OldCategory,
    string? Category,
    string? Confidence,
    string? Reasoning,
    string? Language,
    string? Style,
    string? Tier,
    int DraftsTrashed)
{
    public static ReclassifyResponse From(ReclassifyOutcome outcome)
    {
        var email = outcome.Email!;
        return new ReclassifyResponse(email.Mailbox, email.MessageId, outcome.OldCategory, email.Category, email.Confidence,
            email.Reasoning, email.Language, email.Style, email.Tier, outcome.DraftsTrashed);
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ReclassifyResponse))]
[JsonSerializable(typeof(ApiError))]
internal sealed partial class ApiJson : JsonSerializerContext;

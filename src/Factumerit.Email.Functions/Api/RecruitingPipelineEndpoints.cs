using System.Text.Json;
using Factumerit.Email.Recruiting.Pipeline;

namespace Factumerit.Email.Functions.Api;

/// <summary>
/// <c>POST/GET /api/recruiting/companies</c> and <c>/api/recruiting/contacts</c> (operator API, <c>Admin__ApiKey</c>):
/// the tracked pipeline of a mailbox. POST answers 201 (or 200 when it was tracked already); 404 unknown mailbox.
/// </summary>
internal static class RecruitingPipelineEndpoints
{
    public const string CompaniesRoute = "recruiting/companies";
    public const string ContactsRoute = "recruiting/contacts";

    public static IEndpointRouteBuilder MapRecruitingPipelineEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/" + CompaniesRoute, async (HttpRequest request, PipelineService pipeline, CancellationToken cancellationToken) =>
        {
            var body = await ReadAsync(request, RecruitingApiJson.Default.AddCompanyRequest, cancellationToken);
            if (body?.Mailbox is null || string.IsNullOrWhiteSpace(body.Name))
            {
                return BadRequest("Give mailbox and name.");
            }
            return await Guard(async () =>
            {
                var (company, created) = await pipeline.AddCompanyAsync(body.Mailbox, body.Name, body.Domain, body.Stage, cancellationToken);
                return company is null ? Results.NotFound()
                    : Json(CompanyResponse.From(company), RecruitingApiJson.Default.CompanyResponse, created);
            });
        }).RequireAdminApiKey();
        endpoints.MapGet("/api/" + CompaniesRoute, async (string? mailbox, IRecruitingStore store, CancellationToken cancellationToken) =>
            mailbox is null ? BadRequest("Give ?mailbox=.")
            : TypedResults.Json((await store.ListCompaniesAsync(mailbox.Trim().ToLowerInvariant(), cancellationToken)).Select(CompanyResponse.From).ToList(),
                RecruitingApiJson.Default.ListCompanyResponse)).RequireAdminApiKey();

        endpoints.MapPost("/api/" + ContactsRoute, async (HttpRequest request, PipelineService pipeline, CancellationToken cancellationToken) =>
        {
            var body = await ReadAsync(request, RecruitingApiJson.Default.AddContactRequest, cancellationToken);
            if (body?.Mailbox is null || body.Email is null)
            {
                return BadRequest("Give mailbox and email.");
            }
            return await Guard(async () =>
            {
                var (contact, created) = await pipeline.AddContactAsync(body.Mailbox, body.Email, body.Name, body.CompanyId, body.Stage, cancellationToken);
                return contact is null ? Results.NotFound()
                    : Json(ContactResponse.From(contact), RecruitingApiJson.Default.ContactResponse, created);
            });
        }).RequireAdminApiKey();
        endpoints.MapGet("/api/" + ContactsRoute, async (string? mailbox, IRecruitingStore store, CancellationToken cancellationToken) =>
            mailbox is null ? BadRequest("Give ?mailbox=.")
            : TypedResults.Json((await store.ListContactsAsync(mailbox.Trim().ToLowerInvariant(), cancellationToken)).Select(ContactResponse.From).ToList(),
                RecruitingApiJson.Default.ListContactResponse)).RequireAdminApiKey();
        return endpoints;
    }

    internal static IResult BadRequest(string error) => TypedResults.Json(new ApiError(error), RecruitingApiJson.Default.ApiError,
        statusCode: StatusCodes.Status400BadRequest);

    private static IResult Json<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, bool created) =>
        TypedResults.Json(value, type, statusCode: created ? StatusCodes.Status201Created : StatusCodes.Status200OK);

    private static async Task<IResult> Guard(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (ArgumentException ex)
        {
            return BadRequest(ex.Message);
        }
    }

    private static async Task<T?> ReadAsync<T>(HttpRequest request, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type,
        CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await request.ReadFromJsonAsync(type, cancellationToken);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or BadHttpRequestException)
        {
            return null;
        }
    }
}

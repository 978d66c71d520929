using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Factumerit.Email.IntegrationTests.Fakes.Vikunja;

internal static class FakeVikunjaEndpoints
{
    public static void Map(WebApplication app, FakeVikunjaState state)
    {
        var api = app.MapGroup("/api/v1");
        api.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            state.Log($"{http.Request.Method} {http.Request.Path}{http.Request.QueryString}");
            if (http.Request.Headers.Authorization.ToString() != $"Bearer {state.Token}")
            {
                return Error(401, 11, "missing, malformed, expired or otherwise invalid token provided");
            }
            if (state.FailNext)
            {
                state.FailNext = false;
                return Error(500, 0, "Internal Server Error");
            }
            return await next(context);
        });

        api.MapGet("/tasks/all", (HttpRequest request) =>
        {
            var filter = request.Query["filter"].ToString();
            var page = int.TryParse(request.Query["page"], CultureInfo.InvariantCulture, out var p) ? Math.Max(1, p) : 1;
            var perPage = int.TryParse(request.Query["per_page"], CultureInfo.InvariantCulture, out var n) ? Math.Min(n, state.PageSize) : state.PageSize;
            var tasks = state.All().Where(t => !filter.Contains("done = false", StringComparison.Ordinal) || !t.Done).ToList();
            var pages = Math.Max(1, (tasks.Count + perPage - 1) / perPage);
            request.HttpContext.Response.Headers["x-pagination-total-pages"] = pages.ToString(CultureInfo.InvariantCulture);
            return Results.Json(new JsonArray([.. tasks.Skip((page - 1) * perPage).Take(perPage).Select(ToJson)]));
        });

        api.MapPut("/projects/{projectId:long}/tasks", async (long projectId, HttpRequest request) =>
        {
            if (projectId != state.ProjectId)
            {
                return Error(404, 3001, "The project does not exist.");
            }
            var body = await JsonNode.ParseAsync(request.Body) as JsonObject;
            var title = (string?)body?["title"];
            if (string.IsNullOrWhiteSpace(title))
            {
                return Error(400, 4003, "You must provide at least one title.");
            }
            var id = state.Add(title, false, projectId);
            return Results.Json(ToJson(state.Find(id)!), statusCode: 201);
        });

        api.MapGet("/tasks/{id:long}", (long id) =>
            state.Find(id) is { } task ? Results.Json(ToJson(task)) : Error(404, 4002, "The task does not exist."));

        api.MapPost("/tasks/{id:long}", async (long id, HttpRequest request) =>
        {
            if (state.Find(id) is not { } task)
            {
                return Error(404, 4002, "The task does not exist.");
            }
            var body = await JsonNode.ParseAsync(request.Body) as JsonObject;
            // Vikunja writes the body over the stored task: missing fields become empty.
            var title = (string?)body?["title"] ?? "";
            if (title.Length == 0)
            {
                return Error(400, 4003, "You must provide at least one title.");
            }
            var updated = task with
            {
                Title = title,
                Done = (bool?)body?["done"] ?? false,
                Description = (string?)body?["description"] ?? "",
            };
            state.Replace(updated);
            return Results.Json(ToJson(updated));
        });
    }

    private static JsonObject ToJson(FakeVikunjaTask task) => new()
    {
        ["id"] = task.Id,
        ["title"] = task.Title,
        ["description"] = task.Description,
        ["done"] = task.Done,
        ["project_id"] = task.ProjectId,
        ["due_date"] = "0001-01-01T00:00:00Z",
        ["created"] = task.Created.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        ["priority"] = 0,
        ["labels"] = null,
    };

    private static IResult Error(int status, int code, string message) =>
        Results.Json(new JsonObject { ["code"] = code, ["message"] = message }, statusCode: status);
}

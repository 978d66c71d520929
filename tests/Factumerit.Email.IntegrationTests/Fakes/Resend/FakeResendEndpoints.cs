using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Factumerit.Email.IntegrationTests.Fakes.Resend;

internal static class FakeResendEndpoints
{
    private const int MaxIdempotencyKeyLength = 256;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static void Map(WebApplication app, FakeResendState state)
    {
        app.Use(async (context, next) =>
        {
            await Gate(context, state, next);
            state.Requests.Enqueue(new FakeResendRequest(
                context.Request.Method, context.Request.Path + context.Request.QueryString,
                Header(context, "User-Agent"), Header(context, "Authorization"), Header(context, "Idempotency-Key"),
                context.Response.StatusCode));
        });
        app.MapPost("/emails", context => SendAsync(context, state));
        app.MapGet("/emails/receiving/{id}", (HttpContext context, string id) => GetReceivedAsync(context, state, id));
        app.MapGet("/_files/raw/{token}", (HttpContext context, string token) => DownloadAsync(context, state, token));
    }

    /// <summary>Injected failures first, then the edge's User-Agent rule, then the API key (not for signed file URLs).</summary>
    private static async Task Gate(HttpContext context, FakeResendState state, RequestDelegate next)
    {
        if (state.Failures.TryDequeue(out var failure))
        {
            var (name, message) = FakeResendErrors.ForInjected(failure.Status);
            await FakeResendErrors.WriteAsync(context, failure.Status, name, message, failure.RetryAfter);
            return;
        }
        if (string.IsNullOrWhiteSpace(Header(context, "User-Agent")))
        {
            await FakeResendErrors.WriteMissingUserAgentAsync(context);
            return;
        }
        if (!context.Request.Path.StartsWithSegments("/_files"))
        {
            var authorization = Header(context, "Authorization");
            if (string.IsNullOrWhiteSpace(authorization))
            {
                await FakeResendErrors.WriteAsync(context, 401, "missing_api_key", "Missing API key in the authorization header.");
                return;
            }
            if (authorization != "Bearer " + state.ApiKey)
            {
                await FakeResendErrors.WriteAsync(context, 403, "invalid_api_key", "API key is invalid.");
                return;
            }
        }
        await next(context);
    }

    private static async Task SendAsync(HttpContext context, FakeResendState state)
    {
        var key = Header(context, "Idempotency-Key");
        if (key is not null && key.Length is 0 or > MaxIdempotencyKeyLength)
        {
            await FakeResendErrors.WriteAsync(context, 400, "invalid_idempotency_key", "The key must be between 1-256 chars.");
            return;
        }
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            await FakeResendErrors.WriteAsync(context, 400, "validation_error", "The request body is not valid JSON.");
            return;
        }
        using (document)
        {
            if (FakeSendRequestReader.Validate(document.RootElement) is { } error)
            {
                await FakeResendErrors.WriteAsync(context, error.Status, error.Name, error.Message);
                return;
            }
            var root = document.RootElement;
            var id = state.Accept(newId => FakeSendRequestReader.Read(root, newId, key), key, SHA256.HashData(body));
            if (id is null)
            {
                await FakeResendErrors.WriteAsync(context, 409, "invalid_idempotent_request",
                    "Same idempotency key used with a different request payload.");
                return;
            }
            await context.Response.WriteAsJsonAsync(new Dictionary<string, string> { ["id"] = id });
        }
    }

    private static async Task GetReceivedAsync(HttpContext context, FakeResendState state, string id)
    {
        if (!Guid.TryParse(id, out _))
        {
            await FakeResendErrors.WriteAsync(context, 422, "invalid_parameter", "The `id` must be a valid UUID.");
            return;
        }
        if (!state.Received.TryGetValue(id, out var seeded))
        {
            await FakeResendErrors.WriteAsync(context, 404, "not_found", "Email not found");
            return;
        }
        var email = JsonSerializer.SerializeToNode(seeded.Email, Json)!.AsObject();
        email.Insert(0, "object", "email");
        email["raw"] = seeded.Raw is null ? null : new JsonObject
        {
            ["download_url"] = new Uri(state.BaseUrl, $"/_files/raw/{seeded.DownloadToken}?expires=3600").AbsoluteUri,
            ["expires_at"] = TimeProvider.System.GetUtcNow().AddHours(1).ToString("O"),
        };
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(email.ToJsonString());
    }

    private static async Task DownloadAsync(HttpContext context, FakeResendState state, string token)
    {
        var seeded = state.Received.Values.FirstOrDefault(s => s.DownloadToken == token && s.Raw is not null);
        if (seeded is null)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        context.Response.ContentType = "message/rfc822";
        await context.Response.Body.WriteAsync(seeded.Raw);
    }

    private static string? Header(HttpContext context, string name) =>
        context.Request.Headers.TryGetValue(name, out var value) ? value.ToString() : null;
}

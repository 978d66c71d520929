using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Factumerit.Email.IntegrationTests.Fakes.Gmail;

public sealed partial class FakeGmailServer
{
    private delegate FakeGmailReply Handler(FakeGmailMailbox mailbox, FakeGmailCall call);

    private sealed record Route(string Operation, int QuotaUnits, Handler Handler);

    private readonly record struct FakeGmailReply(int Status, JsonNode? Body)
    {
        public static FakeGmailReply Ok(JsonNode body) => new(200, body);

        public static readonly FakeGmailReply NoContent = new(204, null);
    }

    // Quota costs from Google's published table, kept independently of the client's.
    private Route? Match(string method, string[] s) => (method, s.Length, s.ElementAtOrDefault(0), s.ElementAtOrDefault(2)) switch
    {
        ("GET", 1, "profile", _) => new("getProfile", 1, Profile),
        ("POST", 1, "watch", _) => new("watch", 100, Watch),
        ("POST", 1, "stop", _) => new("stop", 50, Stop),
        ("GET", 1, "messages", _) => new("messages.list", 5, ListMessages),
        ("GET", 2, "messages", _) => new("messages.get", 5, GetMessage),
        ("POST", 3, "messages", "modify") => new("messages.modify", 5, ModifyMessage),
        ("POST", 3, "messages", "trash") => new("messages.trash", 5, TrashMessage),
        ("GET", 1, "threads", _) => new("threads.list", 10, ListThreads),
        ("GET", 2, "threads", _) => new("threads.get", 10, GetThread),
        ("POST", 3, "threads", "modify") => new("threads.modify", 10, ModifyThread),
        ("GET", 1, "drafts", _) => new("drafts.list", 5, ListDrafts),
        ("POST", 1, "drafts", _) => new("drafts.create", 10, CreateDraft),
        ("GET", 2, "drafts", _) => new("drafts.get", 5, GetDraft),
        ("PUT", 2, "drafts", _) => new("drafts.update", 15, UpdateDraft),
        ("DELETE", 2, "drafts", _) => new("drafts.delete", 10, DeleteDraft),
        ("GET", 1, "labels", _) => new("labels.list", 1, ListLabels),
        ("POST", 1, "labels", _) => new("labels.create", 5, CreateLabel),
        ("GET", 1, "history", _) => new("history.list", 2, ListHistory),
        _ => null,
    };

    private async Task HandleAsync(HttpContext context)
    {
        var userId = (string)context.Request.RouteValues["userId"]!;
        var segments = ((string?)context.Request.RouteValues["rest"] ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        var route = Match(context.Request.Method, segments);
        var user = Tokens.UserFor(BearerToken(context.Request));
        FakeGmailReply reply;
        var charged = new StrongBox<int>();
        try
        {
            reply = await ExecuteAsync(context, route, user, userId, segments, charged);
        }
        catch (FakeGmailError error)
        {
            reply = new FakeGmailReply(error.Code, error.ToJson());
        }
        Record(new FakeGmailRequest(context.Request.Method, context.Request.Path + context.Request.QueryString, user,
            route?.Operation ?? "unknown", reply.Status) { QuotaUnits = charged.Value });
        context.Response.StatusCode = reply.Status;
        if (reply.Body is not null)
        {
            context.Response.ContentType = "application/json; charset=UTF-8";
            await context.Response.WriteAsync(reply.Body.ToJsonString(), context.RequestAborted);
        }
    }

    private async Task<FakeGmailReply> ExecuteAsync(HttpContext context, Route? route, string? user, string userId, string[] segments,
        StrongBox<int> charged)
    {
        if (route is null)
        {
            throw FakeGmailError.NotFound();
        }
        if (user is null)
        {
            throw FakeGmailError.Unauthenticated();
        }
        if (userId != "me" && !string.Equals(userId, user, StringComparison.OrdinalIgnoreCase))
        {
            throw FakeGmailError.Forbidden($"Delegation denied for {user}");
        }
        if (NextInjectedFailure() is { } injected)
        {
            throw injected;
        }
        var body = await ReadBodyAsync(context.Request);
        var call = new FakeGmailCall(context.Request.Query, body, segments, _time.GetUtcNow());
        var mailbox = Mailbox(user);
        lock (mailbox.Gate)
        {
            mailbox.QuotaUnits += route.QuotaUnits;
            charged.Value = route.QuotaUnits;
            return route.Handler(mailbox, call);
        }
    }

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..].Trim() : null;
    }

    private static async Task<JsonObject?> ReadBodyAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        try
        {
            return JsonNode.Parse(text) as JsonObject
                ?? throw FakeGmailError.BadRequest("Invalid JSON payload received. Expected an object.", "parseError");
        }
        catch (JsonException)
        {
            throw FakeGmailError.BadRequest("Invalid JSON payload received. Unexpected token.", "parseError");
        }
    }
}

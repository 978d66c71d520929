using System.Text.Json.Nodes;

namespace Factumerit.Email.IntegrationTests.Fakes.Gmail;

/// <summary>A Google API error, written as <c>{"error":{"code","message","errors":[{message,domain,reason}],"status"}}</c>.</summary>
internal sealed class FakeGmailError(int code, string reason, string message, string domain = "global") : Exception(message)
{
    public int Code { get; } = code;
    public string Reason { get; } = reason;
    public string Domain { get; } = domain;

    public static FakeGmailError BadRequest(string message, string reason = "invalidArgument") => new(400, reason, message);

    public static FakeGmailError NotFound() => new(404, "notFound", "Requested entity was not found.");

    public static FakeGmailError Unauthenticated() => new(401, "authError",
        "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.");

    public static FakeGmailError Forbidden(string message) => new(403, "forbidden", message);

    public static FakeGmailError Injected(int code, string reason) => new(code, reason, code switch
    {
        429 => "Too many concurrent requests for user.",
        403 when reason.Contains("RateLimit", StringComparison.OrdinalIgnoreCase) => "User-rate limit exceeded.",
        403 => "Request had insufficient authentication scopes.",
        503 => "The service is currently unavailable.",
        500 => "Internal error encountered.",
        _ => "Injected failure.",
    }, reason.Contains("RateLimit", StringComparison.OrdinalIgnoreCase) ? "usageLimits" : "global");

    public JsonObject ToJson() => new()
    {
        ["error"] = new JsonObject
        {
            ["code"] = Code,
            ["message"] = Message,
            ["errors"] = new JsonArray(new JsonObject { ["message"] = Message, ["domain"] = Domain, ["reason"] = Reason }),
            ["status"] = Code switch
            {
                400 => "INVALID_ARGUMENT",
                401 => "UNAUTHENTICATED",
                403 => "PERMISSION_DENIED",
                404 => "NOT_FOUND",
                409 => "ALREADY_EXISTS",
                429 => "RESOURCE_EXHAUSTED",
                503 => "UNAVAILABLE",
                _ => "INTERNAL",
            },
        },
    };
}

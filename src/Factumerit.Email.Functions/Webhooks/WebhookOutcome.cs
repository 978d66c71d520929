using System.Text.Json.Serialization;

namespace Factumerit.Email.Functions.Webhooks;

/// <summary>What the webhook answers. Resend retries anything but a 2xx, so only real failures are non-2xx.</summary>
internal sealed record WebhookOutcome(int StatusCode, string Status, string? Detail = null, string? EmailId = null)
{
    public static WebhookOutcome Accepted(string emailId) => new(StatusCodes.Status202Accepted, "accepted", EmailId: emailId);

    /// <summary>The email was queued before; a retry or a second announcement of it changes nothing.</summary>
    public static WebhookOutcome Duplicate(string emailId) => new(StatusCodes.Status200OK, "duplicate", EmailId: emailId);

    public static WebhookOutcome Ignored(string eventType) => new(StatusCodes.Status200OK, "ignored", $"Event type '{eventType}' is not handled.");

    public static WebhookOutcome Unauthorized(string reason) => new(StatusCodes.Status401Unauthorized, "unauthorized", reason);

    public static WebhookOutcome BadRequest(string detail) => new(StatusCodes.Status400BadRequest, "invalid", detail);

    public IResult ToResult() => StatusCode >= 400
        ? TypedResults.Problem(Detail, statusCode: StatusCode, title: Status)
        : TypedResults.Json(new WebhookReply(Status, EmailId, Detail), WebhookJsonContext.Default.WebhookReply, statusCode: StatusCode);
}

internal sealed record WebhookReply(string Status, string? EmailId, string? Detail);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WebhookReply))]
internal sealed partial class WebhookJsonContext : JsonSerializerContext;

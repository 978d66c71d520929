using Factumerit.Email.Assistant.Sync;
using Factumerit.Email.Providers.Gmail.Push;

namespace Factumerit.Email.Functions.Webhooks;

/// <summary>
/// <c>POST /api/webhooks/gmail</c>: a Pub/Sub push of a Gmail change. The OIDC token is checked before the body
/// is read (401 on any doubt). A valid push asks for a coalesced sync of the mailbox and is answered 204, also for
/// a mailbox we do not know (audited), so Pub/Sub does not redeliver what can never succeed. A body that is not a
/// Gmail notification is 400.
/// </summary>
internal static class GmailWebhookEndpoint
{
    public const string Route = "webhooks/gmail";
    private const int MaxBodyBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapGmailWebhook(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/" + Route, async (HttpRequest request, GmailPushAuthenticator authenticator, SyncRequests syncs,
            ILoggerFactory loggers, CancellationToken cancellationToken) =>
        {
            var auth = await authenticator.ValidateAsync(request.Headers.Authorization.ToString(), cancellationToken);
            if (!auth.IsValid)
            {
                return Results.Unauthorized();
            }
            var body = await ReadBodyAsync(request, cancellationToken);
            var parsed = body is null ? null : GmailPushParser.Parse(body);
            if (parsed?.Notification is not { } notification)
            {
                WebhookLog.Malformed(loggers.CreateLogger(typeof(GmailWebhookEndpoint)), parsed?.Failure ?? "the body is too large");
                return Results.BadRequest();
            }
            await syncs.RequestAsync(notification.EmailAddress, "push", cancellationToken);
            return Results.NoContent();
        });
        return endpoints;
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}

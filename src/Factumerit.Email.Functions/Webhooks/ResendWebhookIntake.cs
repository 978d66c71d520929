using System.Text.Json;
using Factumerit.Email.Inbound;
using Factumerit.Email.Messages;
using Factumerit.Email.Providers.Resend;
using Factumerit.Email.Storage.Queues;
using Factumerit.Email.Storage.Stores;
using Factumerit.Email.Storage.Stores.Inbound;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Functions.Webhooks;

/// <summary>
/// Verifies, parses, de-duplicates and queues one <c>email.received</c> delivery. It calls neither Resend nor a
/// model: the worker does the work. De-duplication is by email id. A svix-id needs no row of its own: the signature
/// covers the body, so a verified svix-id always carries the same email id, and one row catches both a Svix retry
/// and Resend announcing the same email under a new svix-id. An accepted email costs two storage round trips: the
/// row insert and the queue send. One instance serves every request.
/// </summary>
internal sealed class ResendWebhookIntake(
    SvixWebhookVerifier verifier,
    DeliveryStore deliveries,
    StorageProvisioner storage,
    IOptions<InboundOptions> options,
    TimeProvider time,
    ILogger<ResendWebhookIntake> logger)
{
    private QueueClient? _queue;

    public async Task<WebhookOutcome> AcceptAsync(SvixHeaders headers, byte[] body, string? traceParent, CancellationToken cancellationToken)
    {
        var verification = verifier.Verify(headers, body);
        if (!verification.IsValid)
        {
            Log.Rejected(logger, verification.Status);
            return WebhookOutcome.Unauthorized(verification.Status switch
            {
                SvixVerificationStatus.MissingHeaders => "The svix-id, svix-timestamp and svix-signature headers are required.",
                SvixVerificationStatus.InvalidTimestamp or SvixVerificationStatus.TimestampOutOfTolerance =>
                    "The svix-timestamp is not within 5 minutes of now.",
                _ => "No signature matches.",
            });
        }

        var parsed = ResendWebhookEventParser.Parse(body);
        switch (parsed.Status)
        {
            case ResendWebhookParseStatus.NotJson:
                return WebhookOutcome.BadRequest("The body is not JSON.");
            case ResendWebhookParseStatus.MissingField:
                return WebhookOutcome.BadRequest($"The field '{parsed.Field}' is missing or invalid.");
            case ResendWebhookParseStatus.OtherEventType:
                Log.Ignored(logger, parsed.EventType ?? "", verification.MessageId ?? "");
                return WebhookOutcome.Ignored(parsed.EventType ?? "");
        }

        var emailId = parsed.Event!.Data.EmailId;
        var svixId = verification.MessageId;
        var now = time.GetUtcNow();
        if (await deliveries.TryAddAsync(emailId, svixId, now, cancellationToken))
        {
            await SendAsync(new EmailReceived(emailId, svixId, now, traceParent), cancellationToken);
            Log.Accepted(logger, emailId, svixId ?? "");
            return WebhookOutcome.Accepted(emailId);
        }

        // Seen before. Until the worker completes the row, the first request may have died between the row and the
        // queue, so the message is sent again: the worker acknowledges a second message for a completed email
        // without work, which costs less than a third round trip on every accepted email would.
        var existing = await deliveries.GetAsync(emailId, cancellationToken);
        if (existing is { Status: not DeliveryEntity.Completed })
        {
            await SendAsync(new EmailReceived(emailId, existing.SvixId ?? svixId, existing.AcceptedAt ?? now, traceParent), cancellationToken);
            Log.Requeued(logger, emailId, svixId ?? "");
        }
        else
        {
            Log.Duplicate(logger, emailId, svixId ?? "");
        }
        return WebhookOutcome.Duplicate(emailId);
    }

    private async Task SendAsync(EmailReceived message, CancellationToken cancellationToken)
    {
        // The client is looked up once; StorageProvisioner only creates the queue on first use per process.
        var queue = _queue ??= await storage.QueueAsync(options.Value.InboundQueue, cancellationToken);
        var json = JsonSerializer.Serialize(message, MessageJsonContext.Default.EmailReceived);
        await queue.SendMessageAsync(json, cancellationToken: cancellationToken);
    }
}

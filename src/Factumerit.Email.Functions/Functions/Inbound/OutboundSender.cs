using Factumerit.Email.Audit;
using Factumerit.Email.Messages;
using Factumerit.Email.Providers.Resend;
using Factumerit.Email.Storage.Stores.Outbox;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Functions.Functions.Inbound;

/// <summary>
/// Sends one outbox email through Resend with its idempotency key, so a redelivered request delivers once. A 429 is
/// not retried in place: the request is queued again, hidden for the retry-after, and this delivery completes, so
/// no instance sits waiting and it works the same under the Functions host and standalone. Without an API key
/// (development) the email is only marked recorded in the local outbox.
/// </summary>
internal sealed class OutboundSender(
    OutboxStore outbox,
    OutboundMailQueue queue,
    ResendClient resend,
    IOptions<ResendOptions> resendOptions,
    IAuditLog audit,
    ILogger<OutboundSender> logger)
{
    public const string ForwardedFileName = "forwarded_message.eml";
    public const string Rfc822 = "message/rfc822";
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromHours(1);

    public async Task<string> SendAsync(SendRequested request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var key = request.IdempotencyKey;
        if (await outbox.GetAsync(key, cancellationToken) is not { } item)
        {
            Log.OutboxItemMissing(logger, key);
            return "missing";
        }
        if (OutboxStatus.IsFinal(item.Status))
        {
            return item.Status;
        }
        if (!resendOptions.Value.HasApiKey)
        {
            await outbox.MarkRecordedLocallyAsync(key, cancellationToken);
            await WriteAsync(item, AuditKinds.RecordedLocally, null, cancellationToken);
            Log.RecordedLocally(logger, key);
            return OutboxStatus.RecordedLocally;
        }

        string id;
        try
        {
            id = await resend.SendEmailAsync(await BuildAsync(item, cancellationToken), key, cancellationToken);
        }
        catch (ResendApiException ex) when (ex.Status == 429)
        {
            var wait = ex.RetryAfter is { } after ? TimeSpan.FromTicks(Math.Clamp(after.Ticks, TimeSpan.TicksPerSecond, MaxRetryAfter.Ticks)) : DefaultRetryAfter;
            await queue.RequestSendAsync(key, wait, cancellationToken);
            Log.RateLimited(logger, key, wait);
            return "rate_limited";
        }
        await outbox.MarkSentAsync(key, id, cancellationToken);
        await WriteAsync(item, AuditKinds.Sent, id, cancellationToken);
        return OutboxStatus.Sent;
    }

    private async Task<SendEmailRequest> BuildAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var email = item.Email;
        IReadOnlyList<ResendAttachment>? attachments = null;
        if (email.ForwardOfEmailId is { } originalId)
        {
            // Resend has no server-side forward: the original goes along as an .eml attachment.
            var original = await resend.GetReceivedEmailAsync(originalId, cancellationToken);
            if (original.Raw?.DownloadUrl is { } url)
            {
                var raw = await resend.DownloadRawAsync(url, cancellationToken);
                attachments = [new ResendAttachment { Content = raw, Filename = ForwardedFileName, ContentType = Rfc822 }];
            }
            else
            {
                Log.NoRawSource(logger, item.Key);
            }
        }
        return new SendEmailRequest
        {
            From = email.From,
            To = email.To,
            Subject = email.Subject,
            Cc = email.Cc,
            ReplyTo = email.ReplyTo is null ? null : [email.ReplyTo],
            Text = email.Text,
            Html = email.Html,
            Headers = email.Headers,
            Attachments = attachments,
            Tags = [new ResendTag("kind", email.Kind)],
        };
    }

    private Task WriteAsync(OutboxItem item, string kind, string? resendId, CancellationToken cancellationToken) =>
        audit.WriteAsync(new AuditEvent(kind, item.CreatedAt)
        {
            OutboxKey = item.Key,
            Outcome = item.Email.Kind,
            Details = resendId is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["resend_id"] = resendId },
        }, cancellationToken);
}

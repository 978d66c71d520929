using System.Text.Json;
using Factumerit.Email.Inbound;
using Factumerit.Email.Mail;
using Factumerit.Email.Messages;
using Factumerit.Email.Ports;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Storage.Stores.Outbox;

/// <summary>
/// <see cref="IOutboundMail"/> over the outbox: the row first (its key makes the send happen once), then a
/// <see cref="SendRequested"/> on the outbound queue. When the key exists but was never sent, the message is queued
/// again, because the first caller may have stopped between the row and the queue; extra messages are harmless,
/// the sender checks the row and Resend de-duplicates the key.
/// </summary>
public sealed class OutboundMailQueue(
    OutboxStore outbox, StorageProvisioner storage, IOptions<InboundOptions> options) : IOutboundMail
{
    public const int MaxKeyLength = 256;

    public async Task<bool> EnqueueAsync(OutboundEmail email, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        if (idempotencyKey.Length > MaxKeyLength)
        {
            throw new ArgumentException($"An idempotency key has at most {MaxKeyLength} characters.", nameof(idempotencyKey));
        }
        if (email.To.Count == 0)
        {
            throw new ArgumentException("The email has no recipient.", nameof(email));
        }

        if (await outbox.TryAddAsync(email, idempotencyKey, cancellationToken).ConfigureAwait(false))
        {
            await RequestSendAsync(idempotencyKey, null, cancellationToken).ConfigureAwait(false);
            return true;
        }
        if (await outbox.GetAsync(idempotencyKey, cancellationToken).ConfigureAwait(false) is { } existing
            && !OutboxStatus.IsFinal(existing.Status))
        {
            await RequestSendAsync(idempotencyKey, null, cancellationToken).ConfigureAwait(false);
        }
        return false;
    }

    /// <summary>Queues a <see cref="SendRequested"/>, hidden for <paramref name="delay"/> (a rate limit's retry-after).</summary>
    public async Task RequestSendAsync(string idempotencyKey, TimeSpan? delay, CancellationToken cancellationToken = default)
    {
        var queue = await storage.QueueAsync(options.Value.OutboundQueue, cancellationToken).ConfigureAwait(false);
        var text = JsonSerializer.Serialize(new SendRequested(idempotencyKey, System.Diagnostics.Activity.Current?.Id),
            MessageJsonContext.Default.SendRequested);
        await queue.SendMessageAsync(text, delay, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}

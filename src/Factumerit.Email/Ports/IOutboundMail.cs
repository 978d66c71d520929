using Factumerit.Email.Mail;

namespace Factumerit.Email.Ports;

/// <summary>
/// Queues an email for sending. The idempotency key names the cause (<c>reply:{emailId}</c>,
/// <c>reminder:{scheduleId}</c>): the same key is sent at most once, however often it is enqueued.
/// </summary>
public interface IOutboundMail
{
    /// <returns>True when this call queued it; false when the key was queued before.</returns>
    Task<bool> EnqueueAsync(OutboundEmail email, string idempotencyKey, CancellationToken cancellationToken = default);
}

namespace Factumerit.Email.Messages;

/// <summary>
/// Resend announced a received email (<c>email.received</c>); queued on <c>inbound</c> by the webhook.
/// It carries the id only: the worker fetches the content, so the queue never holds a body.
/// </summary>
/// <param name="EmailId">Resend's id of the received email; the unit of idempotency downstream.</param>
/// <param name="SvixId">The <c>svix-id</c> of the first delivery that announced it.</param>
/// <param name="AcceptedAt">When the webhook accepted it.</param>
/// <param name="TraceParent">The W3C trace context of the webhook request, so the worker's span joins its trace.</param>
public sealed record EmailReceived(string EmailId, string? SvixId, DateTimeOffset AcceptedAt, string? TraceParent = null);

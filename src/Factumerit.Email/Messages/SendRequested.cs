namespace Factumerit.Email.Messages;

/// <summary>
/// An email waits in the outbox under <paramref name="IdempotencyKey"/>; queued on <c>outbound</c>.
/// The outbox row holds the email; the message only points at it, so it stays far below the 64 KiB queue limit.
/// </summary>
public sealed record SendRequested(string IdempotencyKey, string? TraceParent = null);
